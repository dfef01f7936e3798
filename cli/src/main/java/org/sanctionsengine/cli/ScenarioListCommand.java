package org.sanctionsengine.cli;

import java.util.concurrent.Callable;
import org.sanctionsengine.scenario.Scenario;
import org.sanctionsengine.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sanctions scenario list}: the built-in scenarios, each with its title and sources. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the built-in relief scenarios with their titles and public sources.")
final class ScenarioListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    for (Scenario scenario : new Scenarios(Engine.regime()).builtIn()) {
      int changes =
          scenario.operations().size()
              + scenario.phases().stream().mapToInt(p -> p.operations().size()).sum();
      out.printf(
          java.util.Locale.ROOT,
          "%-20s %s%n%20s %d change%s, %d phase%s; sources: %s%n",
          scenario.name(),
          scenario.title(),
          "",
          changes,
          changes == 1 ? "" : "s",
          scenario.phases().size(),
          scenario.phases().size() == 1 ? "" : "s",
          String.join(
              ", ", scenario.sources().stream().map(Scenario.ScenarioSource::key).toList()));
    }
    out.println();
    out.println(
        "Details: sanctions scenario explain NAME; dates: sanctions scenario timeline NAME");
    out.flush();
    return ExitCodes.OK;
  }
}
