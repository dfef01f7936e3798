package org.sanctionsengine.screening;

import org.sanctionsengine.regime.Measure;

/**
 * One measure behind a decision: its effect on this shipment and one line that explains it to a
 * person ("DPRK exports of copper ... banned since 2016-11-30; 7403.11 is copper").
 */
public record Finding(Measure measure, Outcome effect, String explanation) {

  /** The same measure with another effect and explanation (caps counted in a batch). */
  public Finding with(Outcome newEffect, String newExplanation) {
    return new Finding(measure, newEffect, newExplanation);
  }
}
