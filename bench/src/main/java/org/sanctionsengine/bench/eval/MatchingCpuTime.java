package org.sanctionsengine.bench.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.names.NameNormalizer;

/**
 * Sanctions Engine's screening throughput alone, on one thread, in rounds: the development set of
 * {@link MatchingEvaluation} screened again and again, counted per second of the thread's CPU time
 * and per wall-clock second. Quicker than the whole evaluation (no baselines), so it is the one to
 * run under a profiler:
 *
 * <pre>java [-XX:StartFlightRecording=filename=match.jfr,settings=profile] \
 *     -cp bench/target/benchmarks.jar org.sanctionsengine.bench.eval.MatchingCpuTime \
 *     [shared-data-dir] [seconds per round] [rounds]</pre>
 */
public final class MatchingCpuTime {
  private MatchingCpuTime() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Entity> entities = DevelopmentSet.load(data);
    NameIndex index = NameIndex.build(entities, NameNormalizer.create());
    List<EvalQuery> queries =
        DevelopmentSet.of(entities, index, new Random(DevelopmentSet.DEFAULT_SEED));
    OurScreener ours = new OurScreener(index);
    for (int round = 0; round <= rounds; round++) {
      Throughput measured = Throughput.measure(ours, queries, seconds);
      System.out.printf(
          Locale.ROOT,
          "%s %d: %,.0f queries per CPU-second, %,.0f per wall-clock second (%.0f%% of a core)%n",
          round == 0 ? "warm-up" : "round",
          round,
          measured.perCpuSecond(),
          measured.perWallSecond(),
          100 * measured.shareOfCore());
    }
  }
}
