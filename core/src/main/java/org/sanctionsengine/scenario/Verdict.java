package org.sanctionsengine.scenario;

import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Finding;
import org.sanctionsengine.screening.Outcome;

/**
 * What a diff keeps of a decision: the outcome and the measures that decided it (those whose effect
 * is the outcome; none when permitted).
 */
record Verdict(Outcome outcome, List<Measure> deciding) {
  Verdict {
    deciding = List.copyOf(deciding);
  }

  static Verdict of(Decision decision) {
    List<Measure> deciding = new ArrayList<>(2);
    if (decision.outcome() != Outcome.PERMITTED) {
      for (Finding finding : decision.findings()) {
        if (finding.effect() == decision.outcome()) {
          deciding.add(finding.measure());
        }
      }
    }
    return new Verdict(decision.outcome(), deciding);
  }

  /** How a decision depends on more than its memo key. */
  enum Dependence {
    /** Only on goods, countries, claims, contract date and the period the date falls in. */
    NONE,
    /** On the quantity and on earlier deliveries: a cap must be counted in date order. */
    CAP,
    /** On the value or quantity (a luxury item above a threshold). */
    VALUE;

    static Dependence of(Decision decision) {
      Dependence found = NONE;
      for (Finding finding : decision.findings()) {
        if (finding.measure() instanceof GoodsMeasure.QuantityCap) {
          return CAP;
        }
        if (finding.measure() instanceof GoodsMeasure.LuxuryGoodsBan) {
          found = VALUE;
        }
      }
      return found;
    }
  }
}
