package org.sanctionsengine.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sanctionsengine.scenario.DiffReport;

/**
 * Wall-clock and process CPU time of {@link ScenarioDiffBenchmark#readAndDiff} (same work, same
 * portfolio), with the load average, for a machine shared with other work where a wall-clock figure
 * alone says how much of the machine the run was given. Run: {@code java -Xms3g -Xmx3g
 * -XX:+UseParallelGC -cp bench/target/benchmarks.jar org.sanctionsengine.bench.ScenarioDiffTime
 * [scenario] [rounds]}.
 */
public final class ScenarioDiffTime {
  private ScenarioDiffTime() {}

  public static void main(String[] args) throws Exception {
    ScenarioDiffBenchmark state = new ScenarioDiffBenchmark();
    state.size = 1_000_000;
    state.scenario = args.length > 0 ? args[0] : "dprk-2021-demand";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    state.setUp();
    try {
      for (int round = 1; round <= rounds; round++) {
        long cpu0 = processCpuMillis();
        long wall0 = System.nanoTime();
        DiffReport report = state.readAndDiff();
        double wall = (System.nanoTime() - wall0) / 1e6;
        double cpu = processCpuMillis() - cpu0;
        System.out.printf(
            Locale.ROOT,
            "%s %d: %,.0f ms wall, %,.0f ms CPU (all threads, GC included), %,d flips;"
                + " load average %s%n",
            round <= 3 ? "warm-up" : "round",
            round,
            wall,
            cpu,
            report.flips().size(),
            Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).strip());
      }
    } finally {
      state.tearDown();
    }
  }

  /**
   * User plus system CPU time of the whole process (every thread, GC and JIT included), from
   * Linux's /proc/self/stat, in milliseconds (clock ticks of 10 ms).
   */
  private static long processCpuMillis() throws java.io.IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.UTF_8);
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }
}
