package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sanctionsengine.audit.ChainProblem;
import org.sanctionsengine.audit.ChainVerification;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sanctions audit verify}: re-hashes the whole chain and reports every broken entry. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-computes every entry's hash and link, and compares the head with the stored checkpoint.",
      "Reports a valid chain (entries, head hash), or every altered, reordered, removed or added"
          + " entry by sequence number.",
      "Recomputes each case's state from its entries and reports, by case id, every case whose"
          + " stored row disagrees; notes steps taken with a key issued by another reviewer of the"
          + " same case."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  the chain is valid",
      "  8  the chain is broken: at least one entry was altered, reordered, removed or added,",
      "     or a case's stored state or alert disagrees with its entries in the chain",
      "  4  the store could not be read (see the message)"
    })
final class AuditVerifyCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      ChainVerification result = storage.auditLog().verify();
      print(result, storage, spec.commandLine().getOut());
      notes(result, spec.commandLine().getOut());
      return result.isValid() ? ExitCodes.OK : ExitCodes.CHAIN_BROKEN;
    }
  }

  /** Findings that are not tampering: printed in both cases, they do not change the exit code. */
  private static void notes(ChainVerification result, PrintWriter out) {
    if (result.notes().isEmpty()) {
      return;
    }
    out.println("four-eyes notes (" + result.notes().size() + "):");
    result.notes().forEach(note -> out.println("  " + note));
  }

  private static void print(ChainVerification result, Storage storage, PrintWriter out) {
    out.println("store: " + storage.url().redacted());
    if (result.isValid()) {
      out.println(
          "audit chain valid: "
              + result.entriesChecked()
              + " entries, head "
              + result.head().sequence()
              + " "
              + result.head().headHash());
      return;
    }
    out.println(
        "audit chain BROKEN: "
            + result.problems().size()
            + (result.problems().size() == 1 ? " problem" : " problems")
            + " in "
            + result.entriesChecked()
            + " entries read (stored checkpoint: "
            + result.checkpoint().sequence()
            + " "
            + result.checkpoint().headHash()
            + ")");
    for (ChainProblem problem : result.problems()) {
      out.println("  " + problem.describe());
    }
    out.println(
        "The log was changed outside the application. Keep this store as evidence, and compare"
            + " with a head hash recorded elsewhere (docs/audit.md, \"Verifying\").");
  }
}
