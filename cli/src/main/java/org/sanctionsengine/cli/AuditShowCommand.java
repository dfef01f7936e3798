package org.sanctionsengine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions audit show}: the latest entries of the audit log. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Prints the latest entries of the audit log, oldest first.")
final class AuditShowCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Mixin StoreOption store;

  @Option(
      names = "--last",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many of the latest entries to print (default: ${DEFAULT-VALUE}).")
  int last;

  @Option(
      names = "--all",
      description = "Print every entry, from the first (for export and independent verification).")
  boolean all;

  @Option(
      names = "--json",
      description =
          "One JSON object per line with every hashed field as stored: the input of the"
              + " verification script in docs/audit.md.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (last < 1) {
      throw new InvalidInputException(
          "--last " + last + " is not acceptable: expected 1 or more. Use --all for every entry.");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Storage storage = store.open()) {
      if (all) {
        storage.auditLog().forEach(1, entry -> print(entry, out));
      } else {
        List<AuditEntry> entries = storage.auditLog().last(last);
        if (entries.isEmpty() && !json) {
          out.println("the audit log of " + storage.url().redacted() + " is empty");
        }
        entries.forEach(entry -> print(entry, out));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void print(AuditEntry entry, PrintWriter out) {
    if (json) {
      out.println(jsonLine(entry));
      return;
    }
    DecisionRecord r = entry.record();
    out.println(
        "#"
            + entry.sequence()
            + "  "
            + AuditChain.formatRecordedAt(entry.recordedAt())
            + "  "
            + r.kind().code()
            + "  "
            + r.outcome()
            + "  regime "
            + r.regimeVersion()
            + "  lists "
            + (r.listSnapshotIds().isEmpty() ? "-" : String.join(",", r.listSnapshotIds())));
    out.println("    subject  " + r.subject());
    out.println("    decision " + r.decision());
    out.println("    hash     " + entry.hash() + "  (previous " + entry.previousHash() + ")");
  }

  static String jsonLine(AuditEntry entry) {
    DecisionRecord r = entry.record();
    ObjectNode line = JSON.createObjectNode();
    line.put("sequence", entry.sequence());
    line.put("recordedAt", AuditChain.formatRecordedAt(entry.recordedAt()));
    line.put("kind", r.kind().code());
    line.put("outcome", r.outcome());
    line.put("regimeVersion", r.regimeVersion());
    line.put("listSnapshots", String.join(",", r.listSnapshotIds()));
    line.put("subject", r.subject().text());
    line.put("decision", r.decision().text());
    line.put("previousHash", entry.previousHash().hex());
    line.put("hash", entry.hash().hex());
    return line.toString();
  }
}
