package org.sanctionsengine.bench.eval;

import java.util.HashSet;
import java.util.Set;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;

/** Sanctions Engine's {@link NameIndex} at its default threshold. */
final class OurScreener implements Screener {
  private final NameIndex index;
  private final double threshold;

  OurScreener(NameIndex index) {
    this(index, Screening.DEFAULT_THRESHOLD);
  }

  OurScreener(NameIndex index, double threshold) {
    this.index = index;
    this.threshold = threshold;
  }

  @Override
  public String label() {
    return "Sanctions Engine NameIndex (≥ " + threshold + ")";
  }

  @Override
  public Set<String> matches(String name) {
    Set<String> matches = new HashSet<>();
    for (Match match : index.search(MatchQuery.of(name), Screening.MAX_HITS, threshold)) {
      matches.add(match.entity().ref().key());
    }
    return matches;
  }
}
