package org.sanctionsengine.cli;

import java.util.concurrent.Callable;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sanctions cases escalate}. */
@Command(
    name = "escalate",
    mixinStandardHelpOptions = true,
    description =
        "Escalates a case to a senior reviewer (from open, or when a proposed clearance is disputed).")
final class CasesEscalateCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Mixin ReviewOptions review;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      Case c = storage.cases().escalate(review.caseId, review.reviewer(storage), review.reason);
      spec.commandLine().getOut().println("case " + c.id() + ": escalated");
    }
    return ExitCodes.OK;
  }
}
