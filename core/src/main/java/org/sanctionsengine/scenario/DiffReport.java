package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.screening.Outcome;

/**
 * A portfolio judged under the regime as it stands and under a scenario: the outcome counts under
 * each, every flipped decision, and what the unlocked trade adds up to by measure, by HS chapter
 * and by authority (a transaction unlocked by two measures counts under both, so the measure
 * tallies may add up to more than the total).
 *
 * @param judgedOn the --as-of date, or {@link LocalDate#MIN} when each trade was judged on its date
 */
public record DiffReport(
    String scenario,
    String scenarioTitle,
    LocalDate judgedOn,
    long transactions,
    Map<Outcome, Long> before,
    Map<Outcome, Long> after,
    List<Flip> flips,
    Tally unlocked,
    List<Tally> byMeasure,
    List<Tally> byChapter,
    List<Tally> byAuthority) {
  public DiffReport {
    before = Map.copyOf(before);
    after = Map.copyOf(after);
    flips = List.copyOf(flips);
    byMeasure = List.copyOf(byMeasure);
    byChapter = List.copyOf(byChapter);
    byAuthority = List.copyOf(byAuthority);
  }

  /** The date every trade was judged on, empty when each was judged on its own date. */
  public Optional<LocalDate> asOf() {
    return judgedOn.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(judgedOn);
  }

  /** Flips whose decision became stricter (a raised cap counted differently, for instance). */
  public long tightened() {
    return flips.stream().filter(f -> !f.unlocks()).count();
  }
}
