package org.sanctionsengine.scenario;

import java.util.List;
import org.sanctionsengine.regime.Regime;

/**
 * A scenario applied to a regime: the regime as it stands ({@code base}), the regime the scenario
 * makes of it ({@code regime}, valid for any date: each changed measure is cut into the periods it
 * applies unchanged, changed or not at all), and every change with what snap-back left of it.
 */
public record Evaluation(
    Regime base, Scenario scenario, Regime regime, List<AppliedChange> changes) {
  public Evaluation {
    changes = List.copyOf(changes);
  }
}
