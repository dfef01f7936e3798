package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions scenario}: the relief scenario commands, one class each. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = {
      "Relief scenarios: what the regime would be if measures were lifted, suspended, their caps"
          + " raised, their goods narrowed or exemptions added, in phases tied to conditions with"
          + " snap-back; and the trade a scenario would unlock.",
      "A scenario is a built-in name (see 'scenario list') or a YAML/JSON file (docs/scenarios.md)."
    },
    subcommands = {
      ScenarioListCommand.class,
      ScenarioExplainCommand.class,
      ScenarioTimelineCommand.class,
      ScenarioDiffCommand.class
    })
final class ScenarioCommand {}
