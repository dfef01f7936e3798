package org.sanctionsengine.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.CanonicalJson;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.testing.DecisionRecords;

/**
 * The child JVM of the restart-safety test: appends decisions until it is killed, from two threads
 * one at a time and from two threads in batches of {@link #BATCH} ({@code appendAll}, whose
 * subjects carry a batch id). Prints {@code ack <sequence> <hash>} for every entry whose append
 * returned (was acknowledged). Stops by itself after two minutes should nobody kill it.
 */
final class AppendingChild {
  static final int BATCH = 5;

  private AppendingChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Storage storage = Storage.open(DatabaseUrl.parse(args[0]), Clock.systemUTC());
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      writers.add(Thread.ofPlatform().start(() -> write(storage, writer, out)));
    }
    for (Thread writer : writers) {
      writer.join(120_000);
    }
    Runtime.getRuntime().halt(3);
  }

  private static void write(Storage storage, int writer, PrintStream out) {
    for (int i = 0; i < 1_000_000; i++) {
      List<AuditEntry> entries =
          writer < 2
              ? List.of(
                  storage.auditLog().append(DecisionRecords.screening(writer * 1_000_000 + i)))
              : storage.auditLog().appendAll(batch("w" + writer + "-" + i));
      synchronized (out) {
        entries.forEach(e -> out.println("ack " + e.sequence() + " " + e.hash().hex()));
      }
    }
  }

  private static List<DecisionRecord> batch(String id) {
    List<DecisionRecord> records = new ArrayList<>();
    for (int item = 0; item < BATCH; item++) {
      DecisionRecord template = DecisionRecords.screening(item);
      records.add(
          new DecisionRecord(
              template.kind(),
              CanonicalJson.parse("{\"batch\":\"" + id + "\",\"item\":" + item + "}"),
              template.outcome(),
              template.decision(),
              template.listSnapshotIds(),
              template.regimeVersion()));
    }
    return records;
  }
}
