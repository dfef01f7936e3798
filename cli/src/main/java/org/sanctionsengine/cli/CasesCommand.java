package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions cases}: the queue of alerts under review. */
@Command(
    name = "cases",
    mixinStandardHelpOptions = true,
    description = {
      "The case queue: hits at or above the threshold, reviewed under four eyes.",
      "open -> escalated | clearance-proposed -> cleared | match-proposed -> confirmed;",
      "a disposition needs a second reviewer with another key. Steps take --key or SANCTIONS_KEY."
    },
    subcommands = {
      CasesListCommand.class,
      CasesShowCommand.class,
      CasesEscalateCommand.class,
      CasesClearCommand.class,
      CasesMatchCommand.class,
      CasesConfirmCommand.class
    })
final class CasesCommand {}
