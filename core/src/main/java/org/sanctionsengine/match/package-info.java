/**
 * Name matching against the loaded lists: {@link org.sanctionsengine.match.NameIndex} (candidate
 * generation by token, romanization and spelling keys, never a scan of every name), scoring with an
 * explained {@link org.sanctionsengine.match.ScoreBreakdown}, evidence beyond the name
 * (identifiers, birth dates, nationalities), and {@link org.sanctionsengine.match.LoadedIndex},
 * which rebuilds the index atomically when a snapshot changes.
 *
 * <p>Start from {@link org.sanctionsengine.match.NameIndex#search}. Depends on {@code names},
 * {@code entity} and {@code lists}; knows nothing of the command line. Scoring is documented in
 * {@code docs/matching.md}.
 */
@NullMarked
package org.sanctionsengine.match;

import org.jspecify.annotations.NullMarked;
