package org.sanctionsengine.scenario;

import java.util.List;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Shipment;

/**
 * A transaction whose decision differs under the scenario.
 *
 * @param shipment the transaction as judged (on the --as-of date when one was given)
 * @param relieved the measures that decided {@code before} and no longer do (empty when the
 *     decision became stricter)
 */
public record Flip(Shipment shipment, Outcome before, Outcome after, List<Measure> relieved) {
  public Flip {
    relieved = List.copyOf(relieved);
  }

  /** True when the scenario's decision is less severe: trade the scenario unlocks. */
  public boolean unlocks() {
    return after.ordinal() > before.ordinal();
  }
}
