package org.sanctionsengine.match;

/**
 * One query token (or two joined) met one list token (or two joined).
 *
 * @param query the query side as normalized ("jongun" when two joined tokens met one)
 * @param listed the list side as normalized
 * @param method how they met
 * @param similarity 0 to 1: 1 for exact, less for variants, edit distance and initials
 */
public record TokenMatch(String query, String listed, MatchMethod method, double similarity) {
  public TokenMatch {
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity out of [0, 1]: " + similarity);
    }
  }
}
