package org.sanctionsengine.match;

import java.util.List;

/**
 * The screening settings everyone shares, and the one call every face makes to screen a party with
 * them ({@link #hits}), so that the command line, the server and the Spark job decide alike.
 *
 * <p>The default threshold, 0.82, is where the evaluation in {@code docs/matching-evaluation.md}
 * finds the balance the issue asks for (recall at least 0.98, false-positive rate at most 1 %, on
 * six seeds of the development set): a spelling variant, a transliteration, a title or legal form
 * more or less, or one typo in a name of two tokens or more stays above it, while a different
 * member of a family (Kim Jong Il against Kim Jong Un: two of three tokens, 0.67) stays well below,
 * and a partial name (two of a listed name's three tokens, 0.80) stays just below: it is shown for
 * review ({@link #REVIEW_MARGIN}), not reported as a match. It is configurable per query ({@code
 * --threshold}).
 */
public final class Screening {
  /** The score from which a hit is a match. */
  public static final double DEFAULT_THRESHOLD = 0.82;

  /** How far below the threshold hits are still shown (as non-matches), for review. */
  public static final double REVIEW_MARGIN = 0.10;

  /** At most this many hits per party. */
  public static final int MAX_HITS = 10;

  private Screening() {}

  /**
   * The hits of a party at this threshold: every entity it meets with a score of at least {@code
   * threshold - REVIEW_MARGIN} (those below the threshold are for review, {@link Match#isMatch} is
   * false), best first, at most {@link #MAX_HITS}.
   *
   * @throws org.sanctionsengine.names.InvalidNameException if the query's name cannot be normalized
   */
  public static List<Match> hits(NameIndex index, MatchQuery query, double threshold) {
    double floor = Math.max(0, threshold - REVIEW_MARGIN);
    return index.search(query, MAX_HITS, floor);
  }
}
