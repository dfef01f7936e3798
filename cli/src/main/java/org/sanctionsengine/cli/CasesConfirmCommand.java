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
    description = {
      "Confirms a proposed disposition: a clearance closes the case as cleared, a true match as"
          + " confirmed.",
      "Four eyes: not with the proposer's key, nor with a key of a holder whose name passes for"
          + " the proposer's."
    })
final class CasesConfirmCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Mixin ReviewOptions review;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      Case c = storage.cases().confirm(review.caseId, review.reviewer(storage), review.reason);
      spec.commandLine().getOut().println("case " + c.id() + ": " + c.state().code());
    }
    return ExitCodes.OK;
  }
}
