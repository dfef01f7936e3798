package org.sanctionsengine.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ImportResult;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.SnapshotStore;

/**
 * Imports every list file in {@code shared/data} (UN, OFAC SDN and consolidated CSV sets, EU legacy
 * XML, UK CSV, the FtM files) into a fresh snapshot store, several rounds, and prints wall time and
 * peak heap per round. A main-class harness rather than JMH: the claim is about one cold import of
 * everything (as a user runs it), not a steady-state operation.
 *
 * <pre>
 * java -Xmx64m -cp bench/target/benchmarks.jar org.sanctionsengine.bench.ListImportBenchmark \
 *     ../shared/data 5
 * </pre>
 */
public final class ListImportBenchmark {
  private ListImportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> files = listFiles(data);
    System.out.printf(
        Locale.ROOT,
        "Importing %d list files from %s, %d rounds, max heap %d MiB%n",
        files.size(),
        data,
        rounds,
        Runtime.getRuntime().maxMemory() >> 20);
    List<Double> walls = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Path home = Files.createTempDirectory("sanctions-bench");
      resetPeaks();
      long start = System.nanoTime();
      Duration cpuBefore = cpu();
      long entries = importAll(home, files);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = cpu().minus(cpuBefore).toMillis() / 1e3;
      walls.add(seconds);
      System.out.printf(
          Locale.ROOT,
          "round %d: %,d entries in %.3f s wall (%.3f s CPU, load average %.1f), peak heap %.1f"
              + " MiB%n",
          round,
          entries,
          seconds,
          cpuSeconds,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          peakHeapMiB());
      deleteTree(home);
    }
    walls.sort(Comparator.naturalOrder());
    System.out.printf(
        Locale.ROOT,
        "best %.3f s, median %.3f s, worst %.3f s%n",
        walls.getFirst(),
        walls.get(walls.size() / 2),
        walls.getLast());
  }

  private static long importAll(Path home, List<Path> files) {
    SnapshotStore store = SnapshotStore.open(home, Clock.systemUTC());
    ImportOptions options = ImportOptions.defaults().withForce(true);
    long entries = 0;
    for (ListFiles.TypedInput input : ListFiles.group(files, Optional.empty())) {
      ImportResult result = store.importList(input.format(), input.input(), options);
      entries += result.manifest().total();
    }
    return entries;
  }

  /** Every list file: the OFAC sets as directories, the FtM entity files (not the deltas). */
  static List<Path> listFiles(Path data) {
    return List.of(
        data.resolve("un/consolidated.xml"),
        data.resolve("ofac/sdn_legacy_csv"),
        data.resolve("ofac/consolidated_nonsdn_csv"),
        data.resolve("eu/eu_fsd_legacy_global_2016-02-11_partial.xml"),
        data.resolve("uk/hmt_conlist_2016-02-12_partial.csv"),
        data.resolve("opensanctions/yente_fixtures/t1_entities.ftm.json"),
        data.resolve("opensanctions/yente_fixtures/zala_entities.ftm.json"),
        data.resolve("opensanctions/yente_fixtures/parteispenden_entities.ftm.json"));
  }

  /** CPU time of the whole process (all threads, GC and JIT included). */
  private static Duration cpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static double peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024.0 * 1024.0);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
