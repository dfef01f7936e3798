package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
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

/** {@code sanctions scenario timeline NAME|FILE}: the dates, phases and measures in force. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "The scenario's dates in order: phases starting, changes taking effect and ending,"
          + " snap-backs; and at each date how many measures are in force under the regime and"
          + " under the scenario, and the state of each measure the scenario touches.",
      "--all lists every measure in force under the scenario at each date."
    })
final class ScenarioTimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME|FILE", description = "A built-in scenario or a scenario file.")
  String scenario = "";

  @Option(
      names = "--violation",
      paramLabel = "CONDITION=DATE",
      description =
          "Report a condition violated on a date (snap-back), e.g. test-freeze=2022-03-24.")
  List<String> violations = new ArrayList<>();

  @Option(names = "--all", description = "List every measure in force at each date.")
  boolean all;

  @Override
  public Integer call() {
    Evaluation e = Engine.evaluation(scenario, violations);
    PrintWriter out = spec.commandLine().getOut();
    out.println(e.scenario().name() + ": " + e.scenario().title());
    TreeMap<LocalDate, List<String>> events = events(e);
    for (var entry : events.entrySet()) {
      LocalDate day = entry.getKey();
      out.println();
      out.println(day);
      entry.getValue().forEach(event -> out.println("  " + event));
      out.printf(
          java.util.Locale.ROOT,
          "  in force: %d measures under the regime, %d under the scenario%n",
          inForce(e.base(), day).size(),
          inForce(e.regime(), day).size());
      for (String id : touched(e)) {
        out.println("    " + state(e, id, day));
      }
      if (all) {
        inForce(e.regime(), day).forEach(m -> out.println("      " + m.id()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static TreeMap<LocalDate, List<String>> events(Evaluation e) {
    TreeMap<LocalDate, List<String>> events = new TreeMap<>();
    for (Scenario.Phase p : e.scenario().phases()) {
      add(events, p.startsOn(), "phase '" + p.name() + "' starts" + conditions(p));
    }
    for (AppliedChange change : e.changes()) {
      var written = change.written();
      String what = ChangeTexts.what(written) + ": " + written.measureId();
      add(events, written.period().from(), "+ " + what);
      written.period().endsOn().ifPresent(last -> add(events, last.plusDays(1), "- ends: " + what));
      if (change.snappedBack()) {
        add(events, change.snapBackOn(), "! snap-back ('" + change.violated() + "'): " + what);
      }
    }
    for (Scenario.Violation v : e.scenario().violations()) {
      add(events, v.on(), "condition '" + v.condition() + "' violated");
    }
    return events;
  }

  private static String conditions(Scenario.Phase p) {
    return p.conditions().isEmpty() ? "" : " (while: " + String.join(", ", p.conditions()) + ")";
  }

  private static void add(TreeMap<LocalDate, List<String>> events, LocalDate day, String event) {
    events.computeIfAbsent(day, d -> new ArrayList<>()).add(event);
  }

  private static List<String> touched(Evaluation e) {
    return e.changes().stream().map(c -> c.written().measureId()).distinct().toList();
  }

  private static List<Measure> inForce(Regime regime, LocalDate day) {
    List<Measure> found = new ArrayList<>();
    for (Measure m : regime.measures()) {
      if (m.basis().inForce().includes(day)
          && found.stream().noneMatch(x -> x.id().equals(m.id()))) {
        found.add(m);
      }
    }
    return found;
  }

  private static String state(Evaluation e, String id, LocalDate day) {
    boolean before = e.base().measure(id).orElseThrow().basis().inForce().includes(day);
    List<AppliedChange> active = new ArrayList<>();
    for (AppliedChange change : e.changes()) {
      change
          .effective()
          .filter(c -> c.measureId().equals(id) && c.period().includes(day))
          .ifPresent(c -> active.add(change));
    }
    String state;
    if (!before) {
      state = "not in force under the regime";
    } else if (active.isEmpty()) {
      state = "in force, unchanged";
    } else if (active.stream().anyMatch(c -> c.written().removes())) {
      AppliedChange removal =
          active.stream().filter(c -> c.written().removes()).findFirst().orElseThrow();
      state = "not in force (" + ChangeTexts.what(removal.written()) + ")";
    } else {
      state =
          "in force, changed: "
              + String.join("; ", active.stream().map(c -> ChangeTexts.what(c.written())).toList());
    }
    return id + ": " + state;
  }
}
