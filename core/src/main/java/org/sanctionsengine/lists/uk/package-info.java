/**
 * The UK consolidated list (HM Treasury / OFSI {@code ConList.csv}, the 2016 column set and the
 * 2022 one): {@link org.sanctionsengine.lists.uk.UkConListCsvReader} reads the rows (one per name)
 * and groups them by Group ID; {@code UkEntryMapper} turns each group into an entity.
 */
@NullMarked
package org.sanctionsengine.lists.uk;

import org.jspecify.annotations.NullMarked;
