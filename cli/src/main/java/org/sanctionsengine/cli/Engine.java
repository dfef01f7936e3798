package org.sanctionsengine.cli;

import java.util.List;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.scenario.Evaluation;
import org.sanctionsengine.scenario.Evaluator;
import org.sanctionsengine.scenario.Scenario;
import org.sanctionsengine.scenario.Scenarios;
import org.sanctionsengine.screening.Screener;

/** The engine the commands share: the shipped DPRK regime and its screener, loaded once. */
final class Engine {
  private Engine() {}

  private static final class Holder {
    static final Regime REGIME = RegimeLoader.dprk();
    static final Screener SCREENER = new Screener(REGIME);
  }

  static Screener screener() {
    return Holder.SCREENER;
  }

  static Regime regime() {
    return Holder.REGIME;
  }

  /** A built-in scenario or a scenario file, with the violations given as CONDITION=DATE. */
  static Scenario scenario(String nameOrFile, List<String> violations) {
    Scenario scenario = new Scenarios(regime()).load(nameOrFile);
    for (String violation : violations) {
      scenario = Scenarios.withViolation(scenario, violation);
    }
    return scenario;
  }

  /** The scenario applied to the regime. */
  static Evaluation evaluation(String nameOrFile, List<String> violations) {
    return Evaluator.apply(regime(), scenario(nameOrFile, violations));
  }
}
