package org.sanctionsengine.cli;

import java.util.concurrent.Callable;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sanctions cases confirm}. */
@Command(
    name = "confirm",
    mixinStandardHelpOptions = true,
    description = "Confirms a proposed clearance; four eyes: not by the reviewer who proposed it.")
final class CasesConfirmCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Mixin ReviewOptions review;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      Case c = storage.cases().confirmClearance(review.caseId, review.reviewer(), review.reason);
      spec.commandLine().getOut().println("case " + c.id() + ": cleared");
    }
    return ExitCodes.OK;
  }
}
