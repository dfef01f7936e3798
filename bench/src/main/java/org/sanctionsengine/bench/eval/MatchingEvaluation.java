package org.sanctionsengine.bench.eval;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;

/**
 * The matching evaluation: builds a labelled development set from the real UN and OFAC SDN lists
 * (spelling variants of listed names, and names on no list), then runs Sanctions Engine and the two
 * baselines on the same queries in the same run, and prints recall, false-positive rate and
 * throughput as a Markdown table (see {@code docs/matching-evaluation.md}).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.sanctionsengine.bench.eval.MatchingEvaluation
 *     [shared-data-dir] [seed] [--errors] [--no-baselines]</pre>
 *
 * <p>{@code --errors} also prints every false positive and every missed variant with its
 * explanation; {@code --no-baselines} skips the two baselines (a quicker run while tuning).
 */
public final class MatchingEvaluation {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MatchingEvaluation() {}

  public static void main(String[] args) throws IOException {
    List<String> flags = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toList();
    List<String> positional = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
    Path data = Path.of(positional.size() > 0 ? positional.get(0) : "../shared/data");
    long seed =
        positional.size() > 1 ? Long.parseLong(positional.get(1)) : DevelopmentSet.DEFAULT_SEED;
    List<Entity> entities = DevelopmentSet.load(data);
    long start = System.nanoTime();
    NameIndex index = NameIndex.build(entities, NameNormalizer.create());
    System.out.printf(Locale.ROOT, "Index built in %.1f s.%n", (System.nanoTime() - start) / 1e9);
    List<EvalQuery> queries = DevelopmentSet.of(entities, index, new Random(seed));
    describe(entities, index, queries, seed);
    double loadBefore = loadAverage();
    OurScreener ours = new OurScreener(index);
    List<Screener> screeners = new ArrayList<>(List.of(ours));
    if (!flags.contains("--no-baselines")) {
      screeners.add(new JaroWinklerScreener(entities));
      screeners.add(new LuceneScreener(entities));
    }
    List<Result> results = new ArrayList<>();
    screeners.forEach(screener -> results.add(warmUpAndEvaluate(screener, queries)));
    print(results);
    sweep(index, queries);
    if (flags.contains("--errors")) {
      MatchingErrors.print(index, queries, Screening.DEFAULT_THRESHOLD);
    }
    List<Screener> timed = new ArrayList<>(List.of(ours, OurScreener.asScreenCommand(index)));
    screeners.stream().filter(LuceneScreener.class::isInstance).forEach(timed::add);
    throughput(timed, results, queries);
    System.out.printf(
        Locale.ROOT,
        "%nJava %s, %d processors; 1-minute load average %.2f at the start of the runs, %.2f at"
            + " the end.%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        loadBefore,
        loadAverage());
  }

  private static void describe(
      List<Entity> entities, NameIndex index, List<EvalQuery> queries, long seed) {
    long positives = queries.stream().filter(EvalQuery::isPositive).count();
    System.out.printf(
        Locale.ROOT,
        "Lists: UN + OFAC SDN, %,d entities, %,d names. Development set: %,d queries, %,d"
            + " variants of listed names, %,d names on no list (seed %d).%n%n",
        entities.size(),
        index.nameCount(),
        queries.size(),
        positives,
        queries.size() - positives,
        seed);
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * Lets the JIT compiler see a system's code before it is timed (three passes of ours, one of
   * Lucene's; none of the brute force, whose time goes to one loop that compiles within the first
   * query and whose single pass takes minutes), then evaluates it.
   */
  private static Result warmUpAndEvaluate(Screener screener, List<EvalQuery> queries) {
    int passes = screener instanceof OurScreener ? 3 : screener instanceof LuceneScreener ? 1 : 0;
    for (int pass = 0; pass < passes; pass++) {
      queries.forEach(query -> screener.matches(query.text()));
    }
    return evaluate(screener, queries);
  }

  record Result(
      String label,
      Map<String, int[]> byCategory,
      double recall,
      double falsePositiveRate,
      double queriesPerSecond,
      double queriesPerCpuSecond) {}

  static Result evaluate(Screener screener, List<EvalQuery> queries) {
    Map<String, int[]> byCategory = new TreeMap<>();
    int found = 0;
    int positives = 0;
    int falsePositives = 0;
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (EvalQuery query : queries) {
      Set<String> matches = screener.matches(query.text());
      boolean right = query.isPositive() ? matches.contains(query.expected()) : matches.isEmpty();
      int[] counts = byCategory.computeIfAbsent(query.category(), c -> new int[2]);
      counts[0] += right ? 1 : 0;
      counts[1]++;
      if (query.isPositive()) {
        positives++;
        found += right ? 1 : 0;
      } else {
        falsePositives += right ? 0 : 1;
      }
    }
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    return new Result(
        screener.label(),
        byCategory,
        (double) found / positives,
        (double) falsePositives / (queries.size() - positives),
        queries.size() / wallSeconds,
        queries.size() / cpuSeconds);
  }

  /**
   * Throughput again, warmed up, over repeated passes of at least five CPU-seconds each: ours as
   * the evaluation searches (from the threshold) and as {@code sanctions screen} searches (from the
   * review floor), and Lucene's; then ours against Lucene's at their recall.
   */
  static void throughput(List<Screener> screeners, List<Result> results, List<EvalQuery> queries) {
    System.out.println("\nWarmed-up throughput, one thread, at least 5 CPU-seconds each:\n");
    System.out.println(Throughput.header());
    List<Throughput> measured = new ArrayList<>();
    for (Screener screener : screeners) {
      Throughput throughput = Throughput.measure(screener, queries, 5);
      measured.add(throughput);
      System.out.println(throughput.row());
    }
    Result lucene = results.get(results.size() - 1);
    if (measured.size() > 2 && lucene.label().startsWith("Lucene")) {
      Throughput ours = measured.get(0);
      Throughput theirs = measured.get(measured.size() - 1);
      System.out.printf(
          Locale.ROOT,
          "%nSanctions Engine against Lucene: %.1f times the queries per CPU-second (%.1f times"
              + " per wall-clock second), at recall %.3f against %.3f and false-positive rate"
              + " %.2f %% against %.2f %%.%n",
          ours.perCpuSecond() / theirs.perCpuSecond(),
          ours.perWallSecond() / theirs.perWallSecond(),
          results.get(0).recall(),
          lucene.recall(),
          results.get(0).falsePositiveRate() * 100,
          lucene.falsePositiveRate() * 100);
    }
  }

  static void print(List<Result> results) {
    System.out.println(
        "| system | recall | false-positive rate | queries/s (wall) | queries/CPU-s (thread) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Result result : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.2f %% | %,.0f | %,.0f |%n",
          result.label(),
          result.recall(),
          result.falsePositiveRate() * 100,
          result.queriesPerSecond(),
          result.queriesPerCpuSecond());
    }
    System.out.println();
    StringBuilder header = new StringBuilder("| query kind | n |");
    StringBuilder rule = new StringBuilder("|---|---:|");
    for (Result result : results) {
      header.append(' ').append(result.label().replaceAll(" \\(.*", "")).append(" |");
      rule.append("---:|");
    }
    System.out.println(header);
    System.out.println(rule);
    for (String category : results.get(0).byCategory().keySet()) {
      StringBuilder row =
          new StringBuilder("| ")
              .append(category)
              .append(" | ")
              .append(results.get(0).byCategory().get(category)[1])
              .append(" |");
      for (Result result : results) {
        int[] counts = result.byCategory().get(category);
        row.append(String.format(Locale.ROOT, " %.3f |", (double) counts[0] / counts[1]));
      }
      System.out.println(row);
    }
    System.out.println(
        "\n(\"recall\" rows: share of variants whose entity is reported as a match; \"unlisted\""
            + " rows: share of names on no list with no match, i.e. 1 - false-positive rate.)");
  }

  /** Recall and false-positive rate of Sanctions Engine at thresholds around the default. */
  static void sweep(NameIndex index, List<EvalQuery> queries) {
    System.out.println("\n| threshold | recall | false-positive rate |");
    System.out.println("|---:|---:|---:|");
    for (double threshold : new double[] {0.70, 0.75, 0.78, 0.80, 0.81, 0.82, 0.85, 0.90, 0.95}) {
      Result result = evaluate(new OurScreener(index, threshold), queries);
      System.out.printf(
          Locale.ROOT,
          "| %.2f | %.3f | %.2f %% |%n",
          threshold,
          result.recall(),
          result.falsePositiveRate() * 100);
    }
  }
}
