package org.sanctionsengine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctionsengine.audit.AuditEntry;
import org.sanctionsengine.audit.CanonicalJson;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.audit.DecisionRecord;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;

/**
 * Throughput of durable appends to the audit log: each operation is one decision recorded and
 * committed (the caller returns only after its group commit). Run with several thread counts
 * ({@code -t 1}, {@code -t 16}, {@code -t 64}): concurrent callers are what group commit feeds on,
 * as a server's request threads would. PostgreSQL needs {@code etc/postgres.sh} first; its URL is
 * read from {@code -Dsanctions.bench.postgres.url} or {@code .sanctions/postgres.url}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class AuditAppendBenchmark {
  @Param({"h2", "postgresql"})
  String database;

  private Storage storage;
  private Path home;
  private String schema;
  private String serverUrl;
  private DecisionRecord record;

  @Setup(Level.Trial)
  public void open() throws IOException, SQLException {
    DatabaseUrl url;
    if (database.equals("h2")) {
      home = Files.createTempDirectory("sanctions-bench-");
      url = DatabaseUrl.embedded(home);
    } else {
      serverUrl = postgresUrl();
      schema = "bench_" + System.nanoTime();
      execute(serverUrl, "CREATE SCHEMA " + schema);
      url = DatabaseUrl.parse(serverUrl + "&currentSchema=" + schema);
    }
    storage = Storage.open(url, Clock.systemUTC());
    record = realisticRecord();
  }

  @Benchmark
  public AuditEntry append() {
    return storage.auditLog().append(record);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException, SQLException {
    if (!storage.auditLog().verify().isValid()) {
      throw new IllegalStateException("the chain written by the benchmark does not verify");
    }
    storage.close();
    if (home != null) {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    if (schema != null) {
      execute(serverUrl, "DROP SCHEMA " + schema + " CASCADE");
    }
  }

  /** A party screening with two hits, about 700 bytes of JSON: a typical decision. */
  static DecisionRecord realisticRecord() {
    return new DecisionRecord(
        DecisionKind.PARTY_SCREENING,
        CanonicalJson.parse(
            "{\"customerId\":\"C-000123456\",\"name\":\"Kim Jong Un\",\"birthDate\":\"1984-01-08\","
                + "\"nationality\":\"KP\",\"asOf\":\"2026-11-23\"}"),
        "review",
        CanonicalJson.parse(
            "{\"outcome\":\"review\",\"threshold\":0.85,\"hits\":["
                + "{\"entry\":\"un:KPi.033\",\"name\":\"KIM JONG UN\",\"score\":0.97,"
                + "\"why\":[\"token match kim\",\"token match jong\",\"token match un\"],"
                + "\"programs\":[\"DPRK\"],\"measures\":[\"S/RES/2270 (2016) OP10\"]},"
                + "{\"entry\":\"ofac:12345\",\"name\":\"KIM, Jong Un\",\"score\":0.95,"
                + "\"why\":[\"token order ignored\",\"exact tokens\"],\"programs\":[\"DPRK3\"],"
                + "\"measures\":[\"EO 13722\"]}]}"),
        List.of("un-20261101", "ofac-20261120"),
        "dprk-2026.1");
  }

  private static String postgresUrl() throws IOException {
    String url = System.getProperty("sanctions.bench.postgres.url", "");
    Path file = Path.of(".sanctions", "postgres.url");
    if (url.isBlank() && Files.isRegularFile(file)) {
      url = Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    if (url.isBlank()) {
      throw new IllegalStateException(
          "No PostgreSQL URL: run etc/postgres.sh first (it writes .sanctions/postgres.url), or"
              + " pass -Dsanctions.bench.postgres.url=jdbc:postgresql://...");
    }
    return url;
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
