package org.sanctionsengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.sanctionsengine.screening.Decision;

/**
 * Checks per second of CPU time on one thread, for a machine shared with other work where JMH's
 * wall-clock throughput mostly measures how much of a core the benchmark was given. Same shipments
 * as {@link TransactionCheckBenchmark}. Run: {@code java -cp bench/target/benchmarks.jar
 * org.sanctionsengine.bench.TransactionCheckCpuTime [seconds]}.
 */
public final class TransactionCheckCpuTime {
  private TransactionCheckCpuTime() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    TransactionCheckBenchmark state = new TransactionCheckBenchmark();
    state.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round <= 5; round++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      long checks = 0;
      while (System.nanoTime() - wall0 < seconds * 1_000_000_000L) {
        for (int i = 0; i < 10_000; i++) {
          Decision d = state.check();
          sink += d.findings().size();
        }
        checks += 10_000;
      }
      double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double wall = (System.nanoTime() - wall0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s %d: %,.0f checks per CPU second, %,.0f per wall second (%.0f%% of a core)%n",
          round == 0 ? "warm-up" : "round",
          round,
          checks / cpu,
          checks / wall,
          100 * cpu / wall);
    }
    System.out.println("(ignore: " + sink + ")");
  }
}
