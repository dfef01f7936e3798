package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.RegimeLoader;

class BatchScreenerTest {
  private static final BatchScreener BATCH = new BatchScreener(new Screener(RegimeLoader.dprk()));

  private static Shipment diesel(String id, String date, double barrels) {
    return Shipments.of(date, "CN", "KP", "2710.19.43")
        .id(id)
        .quantity(new Quantity(barrels, QuantityUnit.BARRELS))
        .build();
  }

  @Test
  void screen_deliveriesPastTheCap_prohibitsTheOneThatExceedsInDateOrder() {
    var result =
        BATCH.screen(
            List.of(
                diesel("late", "2019-11-01", 200_000),
                diesel("early", "2019-02-01", 300_000),
                diesel("middle", "2019-06-01", 150_000)));

    assertThat(result.decisions())
        .extracting(d -> d.shipment().id() + "=" + d.outcome())
        .containsExactly("late=PROHIBITED", "early=CAP_LIMITED", "middle=CAP_LIMITED");
    assertThat(result.decisions().get(0).findings().get(0).explanation())
        .contains("would exceed the cap of 500,000 bbl for 2019-01-01..2019-12-31")
        .contains("450,000 bbl were already delivered");
    assertThat(result.capUsage())
        .singleElement()
        .satisfies(
            u ->
                assertThat(u.describe())
                    .endsWith(
                        "450,000 bbl of 500,000 bbl used (90.0%), 2 deliveries counted, 1 refused"));
  }

  @Test
  void screen_livelihoodClaim_isCountedAgainstTheCapAndDoesNotLiftIt() {
    var result =
        BATCH.screen(
            List.of(
                livelihoodDiesel("first", "2019-02-01", 400_000),
                livelihoodDiesel("second", "2019-03-01", 200_000)));

    assertThat(result.decisions())
        .extracting(d -> d.shipment().id() + "=" + d.outcome())
        .containsExactly("first=CAP_LIMITED", "second=PROHIBITED");
    assertThat(result.decisions().get(0).findings())
        .anySatisfy(
            f ->
                assertThat(f.explanation())
                    .contains("Exemption 'livelihood' (OP5) claimed: it does not lift the cap"));
  }

  @Test
  void screen_livelihoodClaimOnADeliveryAloneAboveTheCap_isProhibited() {
    var result = BATCH.screen(List.of(livelihoodDiesel("big", "2019-02-01", 600_000)));

    assertThat(result.decisions().get(0).outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(result.decisions().get(0).findings())
        .anySatisfy(
            f ->
                assertThat(f.explanation())
                    .contains("this delivery alone (600,000 bbl) exceeds the cap"));
  }

  private static Shipment livelihoodDiesel(String id, String date, double barrels) {
    return Shipments.of(date, "CN", "KP", "2710.19.43")
        .id(id)
        .quantity(new Quantity(barrels, QuantityUnit.BARRELS))
        .exemptions(List.of("livelihood"))
        .build();
  }

  @Test
  void screen_tonnesOfGasoline_areConvertedWithTheProductFactor() {
    var gasoline =
        Shipments.of("2019-03-01", "CN", "KP", "2710.12")
            .quantity(new Quantity(1000, QuantityUnit.TONNES))
            .build();

    var result = BATCH.screen(List.of(gasoline));

    assertThat(result.capUsage())
        .singleElement()
        .satisfies(u -> assertThat(u.used()).isEqualTo(8530.0));
  }

  @Test
  void screen_capPeriodsStartAgainEachYear() {
    var result =
        BATCH.screen(
            List.of(diesel("a", "2019-12-31", 400_000), diesel("b", "2020-01-01", 400_000)));

    assertThat(result.decisions())
        .extracting(Decision::outcome)
        .containsExactly(Outcome.CAP_LIMITED, Outcome.CAP_LIMITED);
  }

  @Test
  void countsAgainstCap_dieselIntoTheDprkInACapPeriod_isCounted() {
    Screener screener = new Screener(RegimeLoader.dprk());

    assertThat(BatchScreener.countsAgainstCap(screener.check(diesel("d", "2019-02-01", 10))))
        .isTrue();
    assertThat(
            BatchScreener.countsAgainstCap(
                screener.check(Shipments.of("2019-02-01", "KP", "CN", "7403.11").build())))
        .isFalse();
    assertThat(
            BatchScreener.countsAgainstCap(
                screener.check(Shipments.of("2019-02-01", "CN", "KP", "0302.11").build())))
        .isFalse();
  }

  @Test
  void screen_cappedDeliveriesAlone_sameDecisionsAsInTheWholeBatch() {
    Screener screener = new Screener(RegimeLoader.dprk());
    List<Shipment> all =
        List.of(
            diesel("late", "2019-11-01", 200_000),
            Shipments.of("2019-03-01", "KP", "CN", "7403.11").id("copper").build(),
            diesel("early", "2019-02-01", 300_000),
            Shipments.of("2019-06-01", "CN", "KP", "2709.00").id("crude").build(),
            diesel("middle", "2019-06-01", 150_000),
            diesel("same-day", "2019-06-01", 1));
    List<Shipment> capped =
        all.stream().filter(s -> BatchScreener.countsAgainstCap(screener.check(s))).toList();

    BatchScreener.Result whole = BATCH.screen(all);
    BatchScreener.Result alone = BATCH.screen(capped);

    assertThat(capped)
        .extracting(Shipment::id)
        .containsExactly("late", "early", "crude", "middle", "same-day");
    assertThat(alone.decisions())
        .isEqualTo(whole.decisions().stream().filter(d -> capped.contains(d.shipment())).toList());
    assertThat(alone.capUsage()).isEqualTo(whole.capUsage());
  }
}
