package org.sanctionsengine.cli;

import java.util.concurrent.Callable;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sanctions cases show}: one case with its whole history. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows one case: the alert and every step, who took it, when and why.")
final class CasesShowCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "CASE", description = "The case id.")
  long caseId;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      CaseText.details(storage.cases().find(caseId), storage, spec.commandLine().getOut());
    }
    return ExitCodes.OK;
  }
}
