/**
 * Sanctions lists as verified, atomic snapshots. Start from {@link
 * org.sanctionsengine.lists.SnapshotStore}: {@code SnapshotStore.open(home).current()} gives the
 * current {@link org.sanctionsengine.lists.ListSnapshot} of each source with its entities; {@code
 * importList} reads a file in any {@link org.sanctionsengine.lists.ListFormat} (one subpackage per
 * source: {@code un}, {@code ofac}, {@code eu}, {@code uk}, {@code ftm}) into a new snapshot.
 *
 * <p>Depends on {@code entity} and {@code input}; knows nothing of matching or screening.
 */
@NullMarked
package org.sanctionsengine.lists;

import org.jspecify.annotations.NullMarked;
