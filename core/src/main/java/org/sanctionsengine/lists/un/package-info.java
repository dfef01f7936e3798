/**
 * The UN Security Council consolidated list (XML, root {@code CONSOLIDATED_LIST}): {@link
 * org.sanctionsengine.lists.un.UnConsolidatedXmlReader} streams {@code INDIVIDUAL} and {@code
 * ENTITY} records, {@code UnEntryMapper} turns each into an entity.
 */
@NullMarked
package org.sanctionsengine.lists.un;

import org.jspecify.annotations.NullMarked;
