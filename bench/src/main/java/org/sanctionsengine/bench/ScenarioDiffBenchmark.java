package org.sanctionsengine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sanctionsengine.portfolio.PortfolioGenerator;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.scenario.DiffReport;
import org.sanctionsengine.scenario.Evaluation;
import org.sanctionsengine.scenario.Evaluator;
import org.sanctionsengine.scenario.PortfolioDiff;
import org.sanctionsengine.scenario.PortfolioReader;
import org.sanctionsengine.scenario.Scenarios;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * The diff of a 1,000,000-transaction portfolio under a scenario, end to end: reading the CSV file
 * (parsing and validating every row), judging every transaction under the regime and under the
 * scenario (caps counted in date order), and adding up the flips by measure, HS chapter and
 * authority. Not included: generating the file (done once, in setup) and loading the regime and the
 * scenario (done once per scenario, as a long-running service or the CLI does before the work). The
 * portfolio is the synthetic DPRK trade of {@code portfolio generate}, seed 42.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
public class ScenarioDiffBenchmark {
  // Not JMH @Params: JMH sets those by reflection, which forbidden-apis refuses. The scenario is
  // a system property: -jvmArgsAppend -Dscenario=hanoi-2019-demand.
  int size = 1_000_000;
  String scenario = System.getProperty("scenario", "dprk-2021-demand");

  private Path portfolio;
  private Evaluation evaluation;
  private PortfolioDiff diff;

  @Setup(Level.Trial)
  public void setUp() {
    try {
      portfolio = Files.createTempFile("portfolio-", ".csv");
      try (Writer out = Files.newBufferedWriter(portfolio, StandardCharsets.UTF_8)) {
        new PortfolioGenerator(42).write(size, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Regime regime = RegimeLoader.dprk();
    evaluation = Evaluator.apply(regime, new Scenarios(regime).load(scenario));
    diff = new PortfolioDiff(evaluation);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(portfolio);
  }

  @Benchmark
  public DiffReport readAndDiff() {
    List<ShipmentRow> rows =
        new PortfolioReader(evaluation.regime().claims().keySet()).read(portfolio);
    List<Shipment> shipments = new ArrayList<>(rows.size());
    for (ShipmentRow row : rows) {
      if (row instanceof ShipmentRow.Valid valid) {
        shipments.add(valid.shipment());
      }
    }
    return diff.run(shipments);
  }
}
