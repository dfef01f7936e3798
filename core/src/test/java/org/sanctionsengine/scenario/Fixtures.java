package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.List;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.screening.CountryCode;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;

/** Test helpers: the shipped regime (loaded once), scenarios from text, one-line shipments. */
final class Fixtures {
  static final Regime REGIME = RegimeLoader.dprk();
  static final Screener BASE = new Screener(REGIME);
  static final Scenarios SCENARIOS = new Scenarios(REGIME);

  private Fixtures() {}

  static Scenario scenario(String yaml) {
    return SCENARIOS.parse("test.yaml", yaml);
  }

  /** A scenario file's head (name, title, description, one source) followed by {@code body}. */
  static String file(String body) {
    return """
        scenario: test
        title: Test
        description: A test scenario.
        sources:
          - {key: T, url: 'https://example.org/t', published-on: 2021-08-03}
        """
        + body;
  }

  static Screener under(Scenario scenario) {
    return new Screener(Evaluator.apply(REGIME, scenario).regime());
  }

  static Shipment.ShipmentBuilder shipment(String date, String from, String to, String hs) {
    return Shipment.builder()
        .date(LocalDate.parse(date))
        .from(new CountryCode(from))
        .to(new CountryCode(to))
        .goods(HsCode.parse(hs));
  }

  static Outcome outcome(Screener screener, Shipment.ShipmentBuilder shipment) {
    return screener.check(shipment.build()).outcome();
  }

  /** "S/RES/2321 (2016) OP28 PROHIBITED" for each finding. */
  static List<String> cited(Decision d) {
    return d.findings().stream().map(f -> f.measure().id() + " " + f.effect()).toList();
  }
}
