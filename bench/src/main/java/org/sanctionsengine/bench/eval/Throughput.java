package org.sanctionsengine.bench.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How many queries one thread screens per second, counted three ways: per second of the thread's
 * own CPU time (what "one core" means on a machine shared with other work), per wall-clock second,
 * and per second of the whole process's CPU time (the thread plus the JIT compiler and the garbage
 * collector, which the JVM may run on another core).
 *
 * @param label the system measured
 * @param queries how many queries were screened
 * @param cpuSeconds CPU time of the screening thread
 * @param wallSeconds wall-clock time
 * @param processCpuSeconds CPU time of the whole JVM over the same span
 */
record Throughput(
    String label, long queries, double cpuSeconds, double wallSeconds, double processCpuSeconds) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  double perCpuSecond() {
    return queries / cpuSeconds;
  }

  double perWallSecond() {
    return queries / wallSeconds;
  }

  /** NaN where the platform does not report the process's CPU time. */
  double perProcessCpuSecond() {
    return processCpuSeconds > 0 ? queries / processCpuSeconds : Double.NaN;
  }

  /** The share of a core the thread got: near 100 % on an idle machine. */
  double shareOfCore() {
    return cpuSeconds / wallSeconds;
  }

  String row() {
    return String.format(
        Locale.ROOT,
        "| %s | %,.0f | %,.0f | %,.0f | %.0f %% | %,d |",
        label,
        perCpuSecond(),
        perWallSecond(),
        perProcessCpuSecond(),
        shareOfCore() * 100,
        queries);
  }

  static String header() {
    return "| system | queries/CPU-s (thread) | queries/s (wall) | queries/CPU-s (process)"
        + " | share of a core | queries |\n|---|---:|---:|---:|---:|---:|";
  }

  /** Screens the queries, again and again, until the thread has spent {@code seconds} of CPU. */
  static Throughput measure(Screener screener, List<EvalQuery> queries, double seconds) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    Duration process = processCpu();
    long done = 0;
    long sink = 0;
    while (THREADS.getCurrentThreadCpuTime() - cpu < seconds * 1e9) {
      for (EvalQuery query : queries) {
        sink += screener.matches(query.text()).size();
      }
      done += queries.size();
    }
    if (sink < 0) {
      throw new IllegalStateException("unreachable");
    }
    return new Throughput(
        screener.label(),
        done,
        (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
        (System.nanoTime() - wall) / 1e9,
        (processCpu().toNanos() - process.toNanos()) / 1e9);
  }

  static Duration processCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }
}
