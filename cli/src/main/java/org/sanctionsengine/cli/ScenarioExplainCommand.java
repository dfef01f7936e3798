package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.scenario.AppliedChange;
import org.sanctionsengine.scenario.ChangeTexts;
import org.sanctionsengine.scenario.Evaluation;
import org.sanctionsengine.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sanctions scenario explain NAME|FILE}: measure by measure, what changes and when. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain a scenario measure by measure: what changes and when, in which phase, what"
          + " snap-back does, with the citations of each measure and the scenario's sources."
    })
final class ScenarioExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME|FILE", description = "A built-in scenario or a scenario file.")
  String scenario = "";

  @Option(
      names = "--violation",
      paramLabel = "CONDITION=DATE",
      description =
          "Report a condition violated on a date (snap-back), e.g. test-freeze=2022-03-24.")
  List<String> violations = new ArrayList<>();

  @Override
  public Integer call() {
    Evaluation e = Engine.evaluation(scenario, violations);
    PrintWriter out = spec.commandLine().getOut();
    header(e.scenario(), out);
    Map<String, List<AppliedChange>> byMeasure = new LinkedHashMap<>();
    for (Measure m : e.base().measures()) {
      for (AppliedChange change : e.changes()) {
        if (change.written().measureId().equals(m.id())) {
          byMeasure.computeIfAbsent(m.id(), id -> new ArrayList<>()).add(change);
        }
      }
    }
    out.println();
    out.println("Changes, measure by measure (" + byMeasure.size() + " measures):");
    for (var entry : byMeasure.entrySet()) {
      measure(e.base(), e.base().measure(entry.getKey()).orElseThrow(), entry.getValue(), out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  static void header(Scenario s, PrintWriter out) {
    out.println(s.name() + ": " + s.title());
    out.println("  " + s.description().strip());
    out.println("Sources:");
    for (Scenario.ScenarioSource source : s.sources()) {
      out.println(
          "  ["
              + source.key()
              + "] "
              + source.publishedOn()
              + (source.title().isEmpty() ? "" : " " + source.title())
              + " <"
              + source.url()
              + ">");
    }
    for (Scenario.Condition c : s.conditions()) {
      out.println("Condition '" + c.id() + "': " + c.description());
    }
    for (Scenario.Violation v : s.violations()) {
      out.println(
          "Violation: '"
              + v.condition()
              + "' on "
              + v.on()
              + (v.note().isEmpty() ? "" : " (" + v.note() + ")"));
    }
  }

  private static void measure(
      Regime regime, Measure m, List<AppliedChange> changes, PrintWriter out) {
    var life = m.basis().inForce();
    out.println();
    out.println(
        "  "
            + m.provision().citation()
            + " ["
            + m.authority().code()
            + "; "
            + m.basis().status().label()
            + "] "
            + m.basis().title());
    out.println(
        "    "
            + m.id()
            + ", "
            + m.kindCode()
            + ", in force from "
            + life.from()
            + life.endsOn().map(last -> " to " + last).orElse(""));
    for (AppliedChange change : changes) {
      out.println("    -> " + ChangeTexts.applied(change));
      if (!change.written().note().isEmpty()) {
        out.println("       why: " + change.written().note());
      }
    }
    List<String> cited = new ArrayList<>();
    for (String key : m.basis().sources()) {
      cited.add(key + " <" + regime.sources().getOrDefault(key, "?") + ">");
    }
    out.println("    cited: " + String.join("; ", cited));
  }
}
