package org.sanctionsengine.bench.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;

/** Sanctions Engine's {@link NameIndex} at its default threshold. */
final class OurScreener implements Screener {
  private final NameIndex index;
  private final double threshold;
  private final double floor;

  OurScreener(NameIndex index) {
    this(index, Screening.DEFAULT_THRESHOLD);
  }

  OurScreener(NameIndex index, double threshold) {
    this(index, threshold, threshold);
  }

  /**
   * Matches from {@code threshold}, searching from {@code floor}: {@code sanctions screen} searches
   * from the threshold less {@link Screening#REVIEW_MARGIN}, to show review hits too.
   */
  OurScreener(NameIndex index, double threshold, double floor) {
    this.index = index;
    this.threshold = threshold;
    this.floor = floor;
  }

  /** As {@code sanctions screen} searches: review hits from the threshold less the margin. */
  static OurScreener asScreenCommand(NameIndex index) {
    return new OurScreener(
        index, Screening.DEFAULT_THRESHOLD, Screening.DEFAULT_THRESHOLD - Screening.REVIEW_MARGIN);
  }

  @Override
  public String label() {
    return floor == threshold
        ? "Sanctions Engine NameIndex (≥ " + threshold + ")"
        : String.format(
            Locale.ROOT,
            "Sanctions Engine NameIndex (≥ %.2f, review hits from %.2f as `screen`)",
            threshold,
            floor);
  }

  @Override
  public Set<String> matches(String name) {
    Set<String> matches = new HashSet<>();
    for (Match match : index.search(MatchQuery.of(name), Screening.MAX_HITS, floor)) {
      if (match.score() >= threshold) {
        matches.add(match.entity().ref().key());
      }
    }
    return matches;
  }
}
