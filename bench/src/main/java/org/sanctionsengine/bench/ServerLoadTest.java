package org.sanctionsengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.server.SanctionsServer;
import org.sanctionsengine.server.ServerSettings;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;

/**
 * Load test of party screening over HTTP on loopback: a server with the UN and OFAC SDN lists
 * loaded and its embedded store (every request is screened, recorded in the audit log and, for a
 * hit, raises or finds its case), and N clients, each on a persistent connection, sending {@code
 * POST /api/screen}. Bounded in count and in time; prints throughput, latency percentiles and
 * errors. Client and server share the machine's cores, as they do on one box.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.sanctionsengine.bench.ServerLoadTest \
 *     ../shared/data 60000 16 120
 * </pre>
 *
 * Arguments: shared data dir, requests measured (after a warm-up of a quarter as many), concurrent
 * clients, and the most seconds the measured phase may take.
 */
public final class ServerLoadTest {
  /** A realistic mix: mostly customers on no list, some listed names in other spellings. */
  static final String[] NAMES = {
    "Maria Lopez",
    "Jan de Vries",
    "Chen Wei",
    "Olga Ivanova",
    "Ahmed Hassan",
    "Park Ji-hoon",
    "Samsung Heavy Industries",
    "John Smith",
    "Lee Min-jung",
    "Fatima Al Zahra",
    "Ri Hong Sop",
    "Kim Jong-un",
    "Kim Jong Sik",
    "Anna Schmidt",
    "Global Shipping Ltd",
    "Choe Son Hui",
    "Korea Mining Development Trading Corporation",
    "Nguyen Van An",
    "Sato Yuki",
    "Hans Müller"
  };

  private ServerLoadTest() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int maxSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 120;
    Path home = Files.createTempDirectory("sanctions-load");
    importLists(home, data);
    DatabaseUrl database = DatabaseUrl.embedded(home);
    String key;
    try (Storage storage = Storage.open(database, Clock.systemUTC())) {
      key =
          storage
              .apiKeys()
              .issue(
                  "load-test",
                  Role.SCREENER,
                  org.sanctionsengine.access.Issuer.withoutKey("test setup"))
              .secret();
    }
    try (SanctionsServer server =
        SanctionsServer.start(ServerSettings.of(0, home, database), Clock.systemUTC())) {
      String url = "http://127.0.0.1:" + server.port() + "/api/screen";
      int port = server.port();
      System.out.printf(
          Locale.ROOT,
          "server on %s, %d list snapshots; %d clients, %,d requests (+ warm-up), at most %d s%n",
          url,
          server.engine().lists().current().snapshotIds().size(),
          clients,
          requests,
          maxSeconds);
      run(port, key, requests / 4, clients, maxSeconds, "warm-up");
      run(port, key, requests, clients, maxSeconds, "measured");
    }
  }

  private static void importLists(Path home, Path data) {
    SnapshotStore store = SnapshotStore.open(home, Clock.systemUTC());
    for (String list : List.of("un/consolidated.xml", "ofac/sdn_legacy_csv")) {
      for (ListFiles.TypedInput input :
          ListFiles.group(List.of(data.resolve(list)), Optional.empty())) {
        store.importList(input.format(), input.input(), ImportOptions.defaults());
      }
    }
  }

  private static void run(
      int port, String key, int requests, int clients, int maxSeconds, String phase)
      throws InterruptedException {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    long deadline = System.nanoTime() + Duration.ofSeconds(maxSeconds).toNanos();
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int c = 0; c < clients; c++) {
        pool.submit(() -> client(port, key, requests, deadline, next, done, errors, latencies));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = done.get();
    long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%s: %,d requests in %.2f s = %,.0f requests/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f"
            + " ms, max %.2f ms; %d errors; load average %.1f%n",
        phase,
        n,
        seconds,
        n / seconds,
        percentile(measured, 0.50),
        percentile(measured, 0.90),
        percentile(measured, 0.99),
        measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6,
        errors.get(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** One client: a persistent connection sending requests until the count or the time is up. */
  private static void client(
      int port,
      String key,
      int requests,
      long deadline,
      AtomicInteger next,
      AtomicInteger done,
      AtomicLong errors,
      long[] latencies) {
    HttpConnection connection = null;
    for (int i = next.getAndIncrement();
        i < requests && System.nanoTime() < deadline;
        i = next.getAndIncrement()) {
      String body =
          "{\"name\": \""
              + NAMES[i % NAMES.length]
              + "\", \"customerId\": \"L-"
              + (i % 5000)
              + "\"}";
      byte[] request = HttpConnection.post("127.0.0.1", port, "/api/screen", key, body);
      long t0 = System.nanoTime();
      try {
        if (connection == null) {
          connection = new HttpConnection("127.0.0.1", port);
        }
        if (connection.exchange(request) != 200) {
          errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
        connection = null;
      }
      latencies[i] = System.nanoTime() - t0;
      done.incrementAndGet();
    }
    if (connection != null) {
      try {
        connection.close();
      } catch (IOException e) {
        // the run is over
      }
    }
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }
}
