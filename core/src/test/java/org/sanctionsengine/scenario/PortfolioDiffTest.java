package org.sanctionsengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.portfolio.PortfolioGenerator;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;

class PortfolioDiffTest {
  private static final String GENERATED = generated(3_000, 11);

  private static String generated(int size, long seed) {
    StringWriter out = new StringWriter();
    new PortfolioGenerator(seed).write(size, out);
    return out.toString();
  }

  private static List<Shipment> shipments(List<ShipmentRow> rows) {
    return rows.stream().map(r -> ((ShipmentRow.Valid) r).shipment()).toList();
  }

  @Test
  void run_memoisedJudgement_agreesWithTheBatchScreenerOnEveryRow() {
    for (String name : Scenarios.BUILT_IN) {
      Evaluation e = Evaluator.apply(Fixtures.REGIME, Fixtures.SCENARIOS.load(name));
      List<Shipment> rows =
          shipments(
              new ShipmentCsvReader(Fixtures.REGIME.claims().keySet())
                  .read("generated.csv", GENERATED));
      List<Decision> before = new BatchScreener(Fixtures.BASE).screen(rows).decisions();
      List<Decision> after = new BatchScreener(new Screener(e.regime())).screen(rows).decisions();
      long expected =
          java.util.stream.IntStream.range(0, rows.size())
              .filter(i -> before.get(i).outcome() != after.get(i).outcome())
              .count();

      DiffReport report = new PortfolioDiff(e).run(rows);

      for (Outcome o : Outcome.values()) {
        assertThat(report.before().getOrDefault(o, 0L))
            .as(name + " regime " + o)
            .isEqualTo(before.stream().filter(d -> d.outcome() == o).count());
        assertThat(report.after().getOrDefault(o, 0L))
            .as(name + " scenario " + o)
            .isEqualTo(after.stream().filter(d -> d.outcome() == o).count());
      }
      assertThat(report.flips()).as(name).hasSize((int) expected);
    }
  }

  @Test
  void run_handWrittenPortfolio_tallyByMeasureSumsTheUnlockedValue() {
    Evaluation e = Evaluator.apply(Fixtures.REGIME, Fixtures.SCENARIOS.load("dprk-2021-demand"));

    DiffReport report = new PortfolioDiff(e).run(BuiltInScenariosTest.portfolio());

    assertThat(report.flips())
        .extracting(f -> f.shipment().id())
        .containsExactly("copper-2022", "diesel-2022", "whisky-2022", "suits-2022", "coal-2022");
    assertThat(report.unlocked().valueUsd())
        .isEqualTo(900_000 + 700_000 + 8_000 + 20_000 + 1_000_000);
    assertThat(report.byMeasure())
        .filteredOn(t -> t.key().equals("un-2371-op8-coal"))
        .singleElement()
        .satisfies(t -> assertThat(t.quantities()).containsEntry("tonnes", 10_000.0));
    assertThat(report.byChapter()).extracting(Tally::key).contains("74", "27", "22", "62");
  }

  @Test
  void run_asOf_judgesEveryTradeOnThatDay() {
    Evaluation e = Evaluator.apply(Fixtures.REGIME, Fixtures.SCENARIOS.load("dprk-2021-demand"));

    DiffReport report =
        new PortfolioDiff(e).run(BuiltInScenariosTest.portfolio(), LocalDate.of(2022, 1, 10));

    assertThat(report.asOf()).contains(LocalDate.of(2022, 1, 10));
    assertThat(report.flips())
        .extracting(f -> f.shipment().id())
        .contains("coal-2019", "iron-ore-2019")
        .allSatisfy(id -> assertThat(id).isNotEqualTo("textiles-2019"));
  }

  @Test
  void read_generatedPortfolio_sameRowsAsTheCheckReader() {
    String text =
        GENERATED
            + "X1,2021-02-30,KP,CN,2701,coal,1,tonnes,5,USD\n"
            + "X2,2021-02-01,KP,XX,2701,coal,1,tonnes,5,USD\n"
            + "X3,2021-02-01,KP,CN,,anthracite,1,tonnes,5,USD\n";
    Regime regime = Fixtures.REGIME;

    List<ShipmentRow> careful = new ShipmentCsvReader(regime.claims().keySet()).read("p.csv", text);
    List<ShipmentRow> quick = new PortfolioReader(regime.claims().keySet()).read("p.csv", text);

    assertThat(quick).hasSameSizeAs(careful);
    for (int i = 0; i < careful.size(); i++) {
      assertThat(describe(quick.get(i))).isEqualTo(describe(careful.get(i)));
    }
    assertThat(quick.get(quick.size() - 3)).isInstanceOf(ShipmentRow.Invalid.class);
    assertThat(quick.get(quick.size() - 1)).isInstanceOf(ShipmentRow.Valid.class);
  }

  @Test
  void read_fileInTwoHalves_sameRowsAndLinesAsTheCheckReader(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("p.csv");
    String text =
        GENERATED.replaceFirst("\n(T0000100,[^\n]*)\n", "\n$1\nbad,2021-01-01,KP,CN,77,x,,,,\n");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    var claims = Fixtures.REGIME.claims().keySet();

    List<ShipmentRow> careful = new ShipmentCsvReader(claims).read(file);
    List<ShipmentRow> halves = new PortfolioReader(claims, 1_000).read(file);

    assertThat(halves)
        .extracting(PortfolioDiffTest::describe)
        .containsExactlyElementsOf(careful.stream().map(PortfolioDiffTest::describe).toList());
  }

  private static String describe(ShipmentRow row) {
    return switch (row) {
      case ShipmentRow.Invalid bad -> bad.line() + " " + bad.id() + " " + bad.problem();
      case ShipmentRow.Valid ok -> {
        Shipment s = ok.shipment();
        yield ok.line()
            + " "
            + s.id()
            + " "
            + s
            + " "
            + s.origin()
            + " "
            + s.description()
            + " "
            + s.quantity()
            + " "
            + s.value()
            + " "
            + s.contractDate()
            + " "
            + s.exemptions()
            + " "
            + s.parties();
      }
    };
  }
}
