package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.Optional;
import org.sanctionsengine.regime.InForce;

/**
 * A change as the scenario grants it, and what snap-back left of it: a violation of a condition its
 * phase depends on ends it the day before the violation (the measure returns on that day).
 *
 * @param phase the phase's name, empty for an unconditional operation
 * @param snapBackOn the day the measure returns because of a violation; {@link LocalDate#MAX} when
 *     no condition of the phase was reported violated
 * @param violated the violated condition's id, empty when none
 */
public record AppliedChange(
    ScenarioChange written, String phase, LocalDate snapBackOn, String violated) {

  /** True when a violation cut this change short (or cancelled it). */
  public boolean snappedBack() {
    return !violated.isEmpty() && !snapBackOn.isAfter(written.period().lastDay());
  }

  /** The change over the days it really applies; empty when snapped back before taking effect. */
  public Optional<ScenarioChange> effective() {
    if (!snappedBack()) {
      return Optional.of(written);
    }
    if (!snapBackOn.isAfter(written.period().from())) {
      return Optional.empty();
    }
    return Optional.of(
        written.during(new InForce(written.period().from(), snapBackOn.minusDays(1))));
  }
}
