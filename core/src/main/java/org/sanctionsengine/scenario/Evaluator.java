package org.sanctionsengine.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sanctionsengine.regime.InForce;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.scenario.Scenario.Phase;

/**
 * Turns a regime and a scenario into the regime the scenario describes. The work is done once per
 * scenario, not per query: every measure the scenario touches is replaced by pieces, one per period
 * between the days a change starts or ends, each piece in force only over its period and carrying
 * that period's changes (fewer goods, a higher cap, an added exemption); periods in which a measure
 * is lifted or suspended get no piece. Untouched measures are shared, not copied. The screener
 * built on the result answers any date at the speed of the regime itself.
 */
public final class Evaluator {
  private Evaluator() {}

  public static Evaluation apply(Regime base, Scenario scenario) {
    List<AppliedChange> applied = new ArrayList<>();
    for (ScenarioChange change : scenario.operations()) {
      applied.add(new AppliedChange(change, "", LocalDate.MAX, ""));
    }
    for (Phase phase : scenario.phases()) {
      LocalDate snapBack = LocalDate.MAX;
      String violated = "";
      for (String condition : phase.conditions()) {
        var on = scenario.violatedOn(condition);
        if (on.isPresent() && on.get().isBefore(snapBack)) {
          snapBack = on.get();
          violated = condition;
        }
      }
      for (ScenarioChange change : phase.operations()) {
        applied.add(new AppliedChange(change, phase.name(), snapBack, violated));
      }
    }
    Map<String, List<ScenarioChange>> byMeasure = new LinkedHashMap<>();
    for (AppliedChange change : applied) {
      change
          .effective()
          .ifPresent(c -> byMeasure.computeIfAbsent(c.measureId(), id -> new ArrayList<>()).add(c));
    }
    List<Measure> measures = new ArrayList<>();
    for (Measure measure : base.measures()) {
      List<ScenarioChange> changes = byMeasure.get(measure.id());
      if (changes == null) {
        measures.add(measure);
      } else {
        measures.addAll(pieces(measure, changes));
      }
    }
    Map<String, String> claims = new LinkedHashMap<>(base.claims());
    for (AppliedChange change : applied) {
      if (change.written() instanceof ScenarioChange.AddExemption add) {
        claims.putIfAbsent(add.exemption().claim(), add.exemption().conditions());
      }
    }
    Regime regime =
        new Regime(
            base.name(),
            base.version() + "+" + scenario.name() + "-" + hash(scenario),
            base.instruments(),
            measures,
            base.sources(),
            claims);
    return new Evaluation(base, scenario, regime, applied);
  }

  /** The measure cut at every day a change starts or ends, without the periods it is removed. */
  static List<Measure> pieces(Measure measure, List<ScenarioChange> changes) {
    InForce life = measure.basis().inForce();
    TreeSet<LocalDate> cuts = new TreeSet<>();
    cuts.add(life.from());
    for (ScenarioChange change : changes) {
      InForce days = change.period();
      if (life.includes(days.from())) {
        cuts.add(days.from());
      }
      if (days.endsOn().isPresent() && days.lastDay().isBefore(life.lastDay())) {
        cuts.add(days.lastDay().plusDays(1));
      }
    }
    List<Measure> pieces = new ArrayList<>();
    for (LocalDate start : cuts) {
      LocalDate next = cuts.higher(start);
      LocalDate last = next == null ? life.lastDay() : next.minusDays(1);
      List<ScenarioChange> active =
          changes.stream().filter(c -> c.period().includes(start)).toList();
      if (active.stream().noneMatch(ScenarioChange::removes)) {
        pieces.addAll(Variants.of(measure, new InForce(start, last), active));
      }
    }
    return pieces;
  }

  private static String hash(Scenario scenario) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(scenario.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
