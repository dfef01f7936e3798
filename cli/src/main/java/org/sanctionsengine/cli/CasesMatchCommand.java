package org.sanctionsengine.cli;

import java.util.concurrent.Callable;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sanctions cases match}. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description =
        "Proposes to close a case as a true match; a second, different reviewer must confirm it."
            + " A confirmed match keeps the customer flagged while the list entry is listed.")
final class CasesMatchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Mixin ReviewOptions review;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      Case c = storage.cases().proposeMatch(review.caseId, review.reviewer(storage), review.reason);
      spec.commandLine()
          .getOut()
          .println(
              "case "
                  + c.id()
                  + ": true match proposed; a second, different reviewer must confirm it with `sanctions cases confirm "
                  + c.id()
                  + " --key KEY --reason TEXT` (or SANCTIONS_KEY set)");
    }
    return ExitCodes.OK;
  }
}
