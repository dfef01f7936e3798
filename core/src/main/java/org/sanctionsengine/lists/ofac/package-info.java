/**
 * US Treasury OFAC lists: the legacy CSV sets ({@code sdn.csv} + {@code add.csv} + {@code alt.csv}
 * + {@code sdn_comments.csv}, and the consolidated non-SDN {@code cons_*.csv}) read by {@link
 * org.sanctionsengine.lists.ofac.OfacLegacyCsvReader}, the SDN XML ({@link
 * org.sanctionsengine.lists.ofac.OfacSdnXmlReader}) and SDN_ADVANCED XML ({@link
 * org.sanctionsengine.lists.ofac.OfacAdvancedXmlReader}). The entity number ({@code ent_num},
 * {@code uid}, {@code FixedRef}) is the source id.
 */
@NullMarked
package org.sanctionsengine.lists.ofac;

import org.jspecify.annotations.NullMarked;
