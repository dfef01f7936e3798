package org.sanctionsengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Quantity;
import org.sanctionsengine.screening.QuantityUnit;
import org.sanctionsengine.screening.Screener;

class EvaluatorTest {
  private static final String PHASED =
      Fixtures.file(
          """
          conditions:
            - {id: freeze, description: Verified test freeze}
            - {id: yongbyon, description: Yongbyon dismantled}
          phases:
            - name: first
              starts-on: 2019-03-01
              conditions: [freeze]
              operations:
                - lift: un-2375-op16-textiles
            - name: second
              starts-on: 2019-09-01
              conditions: [freeze, yongbyon]
              operations:
                - lift: un-2371-op8-coal
          """);

  private static Outcome textiles(Screener s, String date) {
    return Fixtures.outcome(s, Fixtures.shipment(date, "KP", "CN", "6203.42"));
  }

  private static Outcome coal(Screener s, String date) {
    return Fixtures.outcome(s, Fixtures.shipment(date, "KP", "CN", "2701"));
  }

  @Test
  void apply_violationFlag_restoresProhibitionFromTheViolationDayNotTheDayBefore() {
    Scenario violated = Scenarios.withViolation(Fixtures.scenario(PHASED), "freeze=2022-03-24");
    Screener s = Fixtures.under(violated);

    assertThat(textiles(s, "2022-03-23")).isEqualTo(Outcome.REVIEW);
    assertThat(textiles(s, "2022-03-24")).isEqualTo(Outcome.PROHIBITED);
    assertThat(coal(s, "2022-03-23")).isEqualTo(Outcome.REVIEW);
    assertThat(coal(s, "2022-03-24")).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void apply_violationOfLaterCondition_snapsBackOnlyThePhasesThatDependOnIt() {
    Scenario violated = Scenarios.withViolation(Fixtures.scenario(PHASED), "yongbyon=2020-01-01");
    Screener s = Fixtures.under(violated);

    assertThat(coal(s, "2020-01-01")).isEqualTo(Outcome.PROHIBITED);
    assertThat(textiles(s, "2020-01-01")).isEqualTo(Outcome.REVIEW);
  }

  @Test
  void apply_violationBeforeAPhaseStarts_grantsNothingOfIt() {
    Scenario violated = Scenarios.withViolation(Fixtures.scenario(PHASED), "yongbyon=2019-05-01");
    Evaluation e = Evaluator.apply(Fixtures.REGIME, violated);

    AppliedChange coal = e.changes().get(1);
    assertThat(coal.snappedBack()).isTrue();
    assertThat(coal.effective()).isEmpty();
    assertThat(coal(new Screener(e.regime()), "2019-09-01")).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void apply_phases_applyInOrderOfTheirStart() {
    Screener s = Fixtures.under(Fixtures.scenario(PHASED));

    assertThat(textiles(s, "2019-02-28")).isEqualTo(Outcome.PROHIBITED);
    assertThat(textiles(s, "2019-03-01")).isEqualTo(Outcome.REVIEW);
    assertThat(coal(s, "2019-08-31")).isEqualTo(Outcome.PROHIBITED);
    assertThat(coal(s, "2019-09-01")).isEqualTo(Outcome.REVIEW);
  }

  @Test
  void apply_suspension_returnsTheMeasureTheDayAfterItsLastDay() {
    Screener s =
        Fixtures.under(
            Fixtures.scenario(
                Fixtures.file(
                    """
                    operations:
                      - suspend: un-2371-op9-seafood
                        from: 2020-01-01
                        until: 2020-12-31
                    """)));
    var fish = Fixtures.shipment("2020-12-31", "KP", "CN", "0303.89");
    var fishLater = Fixtures.shipment("2021-01-01", "KP", "CN", "0303.89");

    assertThat(Fixtures.outcome(s, fish)).isEqualTo(Outcome.REVIEW);
    assertThat(Fixtures.outcome(s, fishLater)).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void apply_raisedCap_allowsADeliveryAboveTheOldCap() {
    Screener s =
        Fixtures.under(
            Fixtures.scenario(
                Fixtures.file(
                    """
                    operations:
                      - raise-cap: un-2397-op5-refined-petroleum-cap
                        limits: [{amount: 2000000, unit: barrels}]
                        from: 2021-01-01
                    """)));
    var diesel =
        Fixtures.shipment("2021-06-01", "CN", "KP", "2710.19")
            .quantity(new Quantity(600_000, QuantityUnit.BARRELS));
    var dieselBefore =
        Fixtures.shipment("2020-06-01", "CN", "KP", "2710.19")
            .quantity(new Quantity(600_000, QuantityUnit.BARRELS));

    assertThat(Fixtures.outcome(s, diesel)).isEqualTo(Outcome.CAP_LIMITED);
    assertThat(Fixtures.outcome(s, dieselBefore)).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void apply_narrowScopeOneWay_keepsTheMeasureTheOtherWay() {
    Scenario scenario =
        Fixtures.scenario(
            Fixtures.file(
                """
                operations:
                  - narrow-scope: us-eo13810-significant-trade
                    direction: from-target
                    exclude: ['74']
                    from: 2021-01-01
                """));
    Screener s = Fixtures.under(scenario);
    var copperOut = s.check(Fixtures.shipment("2021-06-01", "KP", "CN", "7403.11").build());
    var copperIn = s.check(Fixtures.shipment("2021-06-01", "CN", "KP", "7403.11").build());

    assertThat(Fixtures.cited(copperOut))
        .containsExactly("un-2321-op28-copper-nickel-silver-zinc PROHIBITED");
    assertThat(Fixtures.cited(copperIn)).contains("us-eo13810-significant-trade REVIEW");
  }

  @Test
  void apply_untouchedMeasures_areSharedNotCopied() {
    Evaluation e = Evaluator.apply(Fixtures.REGIME, Fixtures.scenario(PHASED));
    Measure seafood = Fixtures.REGIME.measure("un-2371-op9-seafood").orElseThrow();

    assertThat(e.regime().measures()).anySatisfy(m -> assertThat(m).isSameAs(seafood));
    assertThat(e.regime().version()).startsWith(Fixtures.REGIME.version() + "+test-");
  }
}
