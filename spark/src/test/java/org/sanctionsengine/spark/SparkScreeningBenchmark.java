package org.sanctionsengine.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;

/**
 * Screens N synthetic parties (default 10,000,000, fixed seed) against the real UN and OFAC SDN
 * lists with the Spark job in local mode, and prints records per second, per core. Not a test
 * (surefire runs only {@code *Test}): run it by hand, one master per JVM, with {@code
 * etc/spark-local.sh bench MASTER [PARTIES]} (docs/spark.md, "Benchmark").
 *
 * <pre>SparkScreeningBenchmark MASTER [PARTIES] [SHARED_DATA] [WORK_DIR] [SEED]</pre>
 *
 * <p>Untimed: the lists are imported into a snapshot store and the parties generated as Parquet,
 * once per size and seed, under {@code WORK_DIR}. Timed: core alone on one thread (the index build,
 * then 20,000 of the parties after 20,000 others to warm up), for the baseline; then the job end to
 * end (reading the snapshots, broadcasting, building the index on the executor, reading, screening
 * and writing the results).
 */
public final class SparkScreeningBenchmark {
  private static final int BASELINE_PARTIES = 20_000;

  private SparkScreeningBenchmark() {}

  public static void main(String[] args) throws IOException {
    String master = args.length > 0 ? args[0] : "local[2]";
    long parties = args.length > 1 ? Long.parseLong(args[1].replace("_", "")) : 10_000_000L;
    Path data = Path.of(args.length > 2 ? args[2] : "../shared/data");
    Path work = Path.of(args.length > 3 ? args[3] : "spark/target/benchmark");
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 20261203L;
    int cores = cores(master);
    Path home = lists(data, work.resolve("home"));
    SyntheticParties generator = new SyntheticParties(seed, listedNames(home, seed));
    Baseline baseline = baseline(home, generator);
    SparkSession spark =
        SparkSession.builder()
            .appName("sanctions-spark-benchmark")
            .master(master)
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    Path input = work.resolve("parties-" + parties + "-" + seed + ".parquet");
    if (!Files.isDirectory(input)) {
      generate(spark, parties, generator, input);
    }
    Path output = work.resolve("out-" + master.replaceAll("[^0-9a-z]", ""));
    deleteTree(output);
    String load = loadAverage();
    Duration cpuBefore = cpu();
    long start = System.nanoTime();
    String summary =
        ScreeningJob.screen(
            spark,
            "--parties",
            input.toString(),
            "--snapshots",
            home.toString(),
            "--output",
            output.toString());
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (cpu().toNanos() - cpuBefore.toNanos()) / 1e9;
    List<Row> counts =
        spark.read().parquet(output + "/parties").groupBy("match").count().collectAsList();
    System.out.println(summary);
    System.out.printf(
        Locale.ROOT,
        "core alone, one thread: index of %,d entities built in %.1f s; %,d parties screened at"
            + " %,.0f records/s after as many to warm up%n",
        baseline.entities(),
        baseline.indexSeconds(),
        BASELINE_PARTIES,
        baseline.perSecond());
    System.out.printf(
        Locale.ROOT,
        "%s: %,d parties in %.1f s = %,.0f records/s, %,.0f per core (%d core%s); without the"
            + " index build: %,.0f records/s per core; CPU time of the JVM %.0f s = %,.0f records"
            + " per CPU-second; matches: %s; load average before %s, after %s%n",
        master,
        parties,
        seconds,
        parties / seconds,
        parties / seconds / cores,
        cores,
        cores == 1 ? "" : "s",
        parties / (seconds - baseline.indexSeconds()) / cores,
        cpuSeconds,
        parties / cpuSeconds,
        counts,
        load,
        loadAverage());
    spark.stop();
  }

  private record Baseline(int entities, double indexSeconds, double perSecond) {}

  /**
   * Core alone on this thread: the index build, then the first parties, as the job screens them.
   */
  private static Baseline baseline(Path home, SyntheticParties generator) {
    List<Entity> entities = new ArrayList<>();
    SnapshotStore.open(home).current().forEach(snapshot -> entities.addAll(snapshot.entities()));
    long start = System.nanoTime();
    NameIndex index = NameIndex.build(entities, NameNormalizer.create());
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    screen(index, generator, 0);
    start = System.nanoTime();
    screen(index, generator, BASELINE_PARTIES);
    double perSecond = BASELINE_PARTIES / ((System.nanoTime() - start) / 1e9);
    return new Baseline(entities.size(), indexSeconds, perSecond);
  }

  /** Screens {@code BASELINE_PARTIES} parties from {@code first} on, as the job screens them. */
  private static void screen(NameIndex index, SyntheticParties generator, long first) {
    for (long i = first; i < first + BASELINE_PARTIES; i++) {
      Row row = generator.row(i);
      PartyFields party =
          new PartyFields(
              row.getString(1), row.getString(2), row.getString(3), row.getString(4), "");
      Screening.hits(index, party.toBatchQuery().query(), Screening.DEFAULT_THRESHOLD);
    }
  }

  /** The UN list and the OFAC SDN list imported into a snapshot store, once. */
  private static Path lists(Path data, Path home) {
    if (!Files.isDirectory(home.resolve("lists"))) {
      SnapshotStore store = SnapshotStore.open(home);
      store.importList(
          ListFormat.UN_XML,
          ListInput.of(data.resolve("un/consolidated.xml")),
          ImportOptions.defaults());
      for (ListFiles.TypedInput sdn :
          ListFiles.group(List.of(data.resolve("ofac/sdn_legacy_csv")), Optional.empty())) {
        store.importList(sdn.format(), sdn.input(), ImportOptions.defaults());
      }
    }
    return home;
  }

  private static int cores(String master) {
    String inside = master.replaceAll("^local\\[(.*)]$", "$1");
    if (inside.equals("*")) {
      return Runtime.getRuntime().availableProcessors();
    }
    return inside.matches("[0-9]+") ? Integer.parseInt(inside) : 1;
  }

  /** 2,000 names sampled from the UN list (seeded), for the one row in fifty that is listed. */
  private static List<String> listedNames(Path home, long seed) {
    List<Entity> entities =
        SnapshotStore.open(home).current(ListSource.UN).orElseThrow().entities();
    List<String> names = new ArrayList<>();
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      names.add(entities.get(random.nextInt(entities.size())).primaryName().value());
    }
    return names;
  }

  private static void generate(
      SparkSession spark, long parties, SyntheticParties generator, Path input) {
    var rows =
        spark
            .range(0, parties, 1, Math.max(2, (int) (parties / 500_000)))
            .javaRDD()
            .map(generator::row);
    spark.createDataFrame(rows, SyntheticParties.SCHEMA).write().parquet(input.toString());
  }

  /** CPU time of this JVM so far: every executor thread, the driver, GC and JIT. */
  private static Duration cpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static String loadAverage() {
    try {
      String[] fields =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
