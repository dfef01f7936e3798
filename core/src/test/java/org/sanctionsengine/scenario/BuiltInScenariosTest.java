package org.sanctionsengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * Each built-in scenario flips exactly the decisions it should on a hand-written portfolio ({@code
 * portfolio.csv} beside this test), and no others. Rows are judged in a batch, as {@code check
 * --file} and {@code scenario diff} do, so caps are counted.
 */
class BuiltInScenariosTest {
  @Test
  void builtIn_everyScenario_loadsAndCitesSources() {
    var all = Fixtures.SCENARIOS.builtIn();

    assertThat(all).extracting(Scenario::name).containsExactlyElementsOf(Scenarios.BUILT_IN);
    assertThat(all).allSatisfy(s -> assertThat(s.sources()).isNotEmpty());
  }

  @Test
  void dprk2021Demand_portfolio_freesMetalsFuelLiquorAndSuitsFromAugust2021Only() {
    assertThat(flips("dprk-2021-demand"))
        .containsExactly(
            "copper-2022 PROHIBITED -> PERMITTED",
            "diesel-2022 CAP_LIMITED -> REVIEW",
            "whisky-2022 PROHIBITED -> REVIEW",
            "suits-2022 PROHIBITED -> REVIEW",
            "coal-2022 PROHIBITED -> PERMITTED");
  }

  @Test
  void hanoi2019Demand_portfolio_freesCivilianTradeButNotRokOrLuxuryMeasures() {
    assertThat(flips("hanoi-2019-demand"))
        .containsExactly(
            "copper-2022 PROHIBITED -> REVIEW",
            "textiles-2022 PROHIBITED -> REVIEW",
            "diesel-2022 CAP_LIMITED -> REVIEW",
            "coal-2022 PROHIBITED -> REVIEW",
            "wood-2022 PROHIBITED -> REVIEW",
            "coal-2019 PROHIBITED -> REVIEW",
            "iron-ore-2019 PROHIBITED -> REVIEW",
            "fish-2019 PROHIBITED -> REVIEW",
            "fish-2020 PROHIBITED -> REVIEW",
            "textiles-2019 PROHIBITED -> REVIEW",
            "textiles-eve PROHIBITED -> REVIEW",
            "textiles-violation PROHIBITED -> REVIEW",
            "diesel-2019-big PROHIBITED -> REVIEW");
  }

  @Test
  void interKorean2019_portfolio_freesOnlyTradeThatClaimsAProject() {
    assertThat(flips("inter-korean-2019"))
        .containsExactly(
            "kaesong-machine PROHIBITED -> REVIEW",
            "kaesong-garments PROHIBITED -> PERMITTED",
            "kumgang-bus PROHIBITED -> REVIEW");
  }

  @Test
  void actionForAction_portfolio_followsPhasesAndSnapsBackOnTheViolationDay() {
    assertThat(flips("action-for-action"))
        .containsExactly(
            "copper-2022 PROHIBITED -> REVIEW",
            "textiles-2022 PROHIBITED -> REVIEW",
            "diesel-2022 CAP_LIMITED -> REVIEW",
            "coal-2022 PROHIBITED -> REVIEW",
            "fish-2019 PROHIBITED -> REVIEW",
            "textiles-2019 PROHIBITED -> REVIEW",
            "textiles-eve PROHIBITED -> REVIEW",
            "diesel-2019-big PROHIBITED -> CAP_LIMITED");
  }

  /** "id BASE -> SCENARIO" for every row whose decision differs, in file order. */
  private static List<String> flips(String name) {
    Regime relieved = Evaluator.apply(Fixtures.REGIME, Fixtures.SCENARIOS.load(name)).regime();
    List<Shipment> rows = portfolio();
    List<Decision> before = new BatchScreener(Fixtures.BASE).screen(rows).decisions();
    List<Decision> after = new BatchScreener(new Screener(relieved)).screen(rows).decisions();
    List<String> flips = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (before.get(i).outcome() != after.get(i).outcome()) {
        flips.add(
            rows.get(i).id() + " " + before.get(i).outcome() + " -> " + after.get(i).outcome());
      }
    }
    return flips;
  }

  /** The rows, read with every claim code the built-in scenarios define. */
  static List<Shipment> portfolio() {
    Regime claims =
        Evaluator.apply(Fixtures.REGIME, Fixtures.SCENARIOS.load("inter-korean-2019")).regime();
    try {
      Path csv =
          Path.of(
              Objects.requireNonNull(BuiltInScenariosTest.class.getResource("portfolio.csv"))
                  .toURI());
      return new ShipmentCsvReader(claims.claims().keySet())
          .read(csv).stream().map(row -> ((ShipmentRow.Valid) row).shipment()).toList();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
