package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions cases}: the queue of alerts under review. */
@Command(
    name = "cases",
    mixinStandardHelpOptions = true,
    description = {
      "The case queue: hits at or above the threshold, reviewed under four eyes.",
      "open -> escalated | clearance-proposed -> cleared; a clearance needs a second reviewer."
    },
    subcommands = {
      CasesListCommand.class,
      CasesShowCommand.class,
      CasesEscalateCommand.class,
      CasesClearCommand.class,
      CasesConfirmCommand.class
    })
final class CasesCommand {}
