/**
 * Name normalization for matching: Unicode folding, tokens with kinds (normal, weak legal form or
 * particle, initial), titles dropped, and romanization awareness: Korean in the DPRK's spelling,
 * McCune–Reischauer and Revised Romanization collapsing to one phonetic key, Chinese characters
 * with pinyin and Korean readings, Cyrillic and Arabic through ICU4J.
 *
 * <p>Start from {@link org.sanctionsengine.names.NameNormalizer}, which returns a {@link
 * org.sanctionsengine.names.NormalizedName}. Depends on ICU4J, {@code entity} (for {@code Script}
 * and {@code EntityKind}) and {@code input}; knows nothing of lists, indexes or scores (that is
 * {@code match}). The tables are documented in {@code docs/matching.md}.
 */
@NullMarked
package org.sanctionsengine.names;

import org.jspecify.annotations.NullMarked;
