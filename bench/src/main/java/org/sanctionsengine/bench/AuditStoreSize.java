package org.sanctionsengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;

/**
 * How large the embedded H2 store grows under a stream of durable audit appends: N decisions (those
 * of {@link AuditAppendBenchmark}, about 700 bytes of JSON each) appended by T concurrent callers,
 * as a server's request threads would, printing the file size as it grows, after the store is
 * closed, and after it is opened and closed once more. A main-class harness, not JMH: the claim is
 * about a file size, not a rate.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sanctionsengine.bench.AuditStoreSize 1000000 16
 * </pre>
 */
public final class AuditStoreSize {
  private AuditStoreSize() {}

  public static void main(String[] args) throws Exception {
    long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int callers = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    long every = Math.max(1, entries / 10);
    Path home = Files.createTempDirectory("sanctions-store-size");
    // Extra H2 settings to try, appended to the URL (e.g. ";RETENTION_TIME=0").
    String options = args.length > 2 ? args[2] : "";
    DatabaseUrl url = DatabaseUrl.parse(DatabaseUrl.embedded(home).jdbcUrl() + options);
    Path file = home.resolve("db").resolve("sanctions.mv.db");
    DecisionRecord record = AuditAppendBenchmark.realisticRecord();
    long dataBytes = record.subject().text().length() + record.decision().text().length();
    System.out.printf(
        Locale.ROOT,
        "%,d audit entries (%d bytes of JSON each), %d callers, store %s%n",
        entries,
        dataBytes,
        callers,
        url.jdbcUrl());
    long start = System.nanoTime();
    try (Storage storage = Storage.open(url, Clock.systemUTC())) {
      AtomicLong next = new AtomicLong();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (long n = next.incrementAndGet();
                          n <= entries;
                          n = next.incrementAndGet()) {
                        storage.auditLog().append(record);
                        if (n % every == 0) {
                          report(n + " appended", file, start);
                        }
                      }
                    }));
      }
      for (Thread thread : threads) {
        thread.join();
      }
      long stored = storage.auditLog().checkpoint().sequence();
      if (stored != entries) {
        throw new IllegalStateException("stored " + stored + " entries, expected " + entries);
      }
    }
    report("closed", file, start);
    try (Storage storage = Storage.open(url, Clock.systemUTC())) {
      report("reopened (" + storage.auditLog().checkpoint().sequence() + ")", file, start);
    }
    report("closed again", file, start);
    // For reference: what the same data takes once rewritten (H2's offline compaction).
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url.jdbcUrl());
        java.sql.Statement statement = c.createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    }
    report("SHUTDOWN COMPACT", file, start);
    try (Stream<Path> files = Files.walk(home)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void report(String what, Path file, long start) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = -1;
    }
    System.out.printf(
        Locale.ROOT,
        "%-22s %,10.1f MiB  after %6.1f s%n",
        what,
        size / 1048576.0,
        (System.nanoTime() - start) / 1e9);
  }
}
