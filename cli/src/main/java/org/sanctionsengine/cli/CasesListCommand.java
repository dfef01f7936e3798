package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseState;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions cases list}: the queue, oldest first. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists cases, oldest first; by default those still to be reviewed.")
final class CasesListCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(
      names = "--state",
      split = ",",
      paramLabel = "STATE",
      description =
          "Only cases in these states: open, escalated, clearance-proposed, cleared"
              + " (default: all but cleared).")
  List<String> states = List.of();

  @Option(
      names = "--limit",
      defaultValue = "100",
      description = "At most this many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Set<CaseState> wanted = EnumSet.noneOf(CaseState.class);
    states.forEach(code -> wanted.add(CaseState.parse(code)));
    if (wanted.isEmpty()) {
      wanted.addAll(EnumSet.of(CaseState.OPEN, CaseState.ESCALATED, CaseState.CLEARANCE_PROPOSED));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Storage storage = store.open()) {
      List<Case> cases = storage.cases().list(wanted, Math.max(1, limit));
      if (cases.isEmpty()) {
        out.println("no cases in these states");
        return ExitCodes.OK;
      }
      out.println(CaseText.header());
      cases.forEach(c -> out.println(CaseText.row(c)));
    }
    return ExitCodes.OK;
  }
}
