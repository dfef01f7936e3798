/**
 * The EU consolidated financial sanctions list (FSD): the current XML ({@code export} / {@code
 * sanctionEntity}, {@link org.sanctionsengine.lists.eu.EuFsdXmlReader}) and the pre-2017 layout
 * ({@code WHOLE} / {@code ENTITY}, {@link org.sanctionsengine.lists.eu.EuLegacyXmlReader}). The EU
 * logical id is the source id.
 */
@NullMarked
package org.sanctionsengine.lists.eu;

import org.jspecify.annotations.NullMarked;
