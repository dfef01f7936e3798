package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsengine.goods.Coverage;
import org.sanctionsengine.goods.HsChapters;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.regime.Direction;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.regime.RegimeLoader;

/**
 * For every goods measure in the shipped data, generated from the data itself: a shipment it
 * catches, and shipments just outside it (the day before it takes effect, the day after it ends, a
 * neighbouring HS code outside its scope, the other direction).
 */
class MeasureGridTest {
  private static final Regime REGIME = RegimeLoader.dprk();
  private static final Screener SCREENER = new Screener(REGIME);

  static Stream<Arguments> goodsMeasures() {
    return REGIME.goodsMeasures().stream().map(m -> Arguments.of(m.id(), m));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodsMeasures")
  void check_shipmentInScopeOnFirstDay_citesTheMeasure(String id, GoodsMeasure measure) {
    Decision decision = SCREENER.check(caught(measure, measure.basis().inForce().from()).build());

    assertThat(ids(decision)).contains(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodsMeasures")
  void check_dayBeforeItTakesEffect_doesNotCiteTheMeasure(String id, GoodsMeasure measure) {
    LocalDate before = measure.basis().inForce().from().minusDays(1);

    assertThat(ids(SCREENER.check(caught(measure, before).build()))).doesNotContain(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodsMeasures")
  void check_dayAfterItEnds_doesNotCiteTheMeasure(String id, GoodsMeasure measure) {
    Optional<LocalDate> ends = measure.basis().inForce().endsOn();
    if (ends.isEmpty()) {
      assertThat(measure.basis().inForce().lastDay()).isEqualTo(LocalDate.MAX);
      return;
    }
    assertThat(ids(SCREENER.check(caught(measure, ends.get().plusDays(1)).build())))
        .doesNotContain(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodsMeasures")
  void check_neighbouringCodeOutsideScope_doesNotCiteTheMeasure(String id, GoodsMeasure m) {
    Optional<HsCode> neighbour = neighbourOutside(m);
    if (neighbour.isEmpty()) {
      // The scope is all goods: there is no code outside it.
      assertThat(m.scope().coverage(HsCode.parse("01"))).isNotEqualTo(Coverage.NONE);
      return;
    }
    var shipment = parties(m, m.basis().inForce().from()).goods(neighbour.get()).build();

    assertThat(ids(SCREENER.check(shipment))).doesNotContain(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodsMeasures")
  void check_otherDirection_doesNotCiteTheMeasure(String id, GoodsMeasure m) {
    Direction direction = m.basis().direction();
    if (direction == Direction.BOTH) {
      assertThat(direction.includesInto() && direction.includesFrom()).isTrue();
      return;
    }
    Direction other =
        direction == Direction.INTO_TARGET ? Direction.FROM_TARGET : Direction.INTO_TARGET;
    var shipment =
        parties(m.authority(), other, m instanceof GoodsMeasure.SecondaryExposure)
            .date(m.basis().inForce().from())
            .goods(inside(m))
            .build();

    assertThat(ids(SCREENER.check(shipment))).doesNotContain(id);
  }

  private static List<String> ids(Decision decision) {
    return decision.findings().stream().map(f -> f.measure().id()).toList();
  }

  private static Shipment.ShipmentBuilder caught(GoodsMeasure m, LocalDate date) {
    var b = parties(m, date).goods(inside(m));
    if (m instanceof GoodsMeasure.LuxuryGoodsBan) {
      b.quantity(new Quantity(1, QuantityUnit.PIECES)).value(new Money(1_000_000, "USD"));
    }
    return b;
  }

  private static Shipment.ShipmentBuilder parties(GoodsMeasure m, LocalDate date) {
    Direction d =
        m.basis().direction() == Direction.BOTH ? Direction.INTO_TARGET : m.basis().direction();
    return parties(m.authority(), d, m instanceof GoodsMeasure.SecondaryExposure).date(date);
  }

  /** Countries that put the shipment under the authority's jurisdiction (or outside the US's). */
  private static Shipment.ShipmentBuilder parties(
      Authority authority, Direction direction, boolean secondary) {
    String other =
        switch (authority) {
          case UN -> "CN";
          case US -> secondary ? "CN" : "US";
          case EU -> "DE";
          case KR -> "KR";
        };
    return direction == Direction.INTO_TARGET
        ? Shipment.builder().from(new CountryCode(other)).to(CountryCode.KP)
        : Shipment.builder().from(CountryCode.KP).to(new CountryCode(other));
  }

  /** A code the scope covers fully: its first included code not touched by an exclusion. */
  private static HsCode inside(GoodsMeasure m) {
    for (HsCode code : m.scope().includedCodes()) {
      if (m.scope().coverage(code) == Coverage.FULL) {
        return code;
      }
    }
    throw new AssertionError("no code fully inside " + m.id() + ": " + m.scope());
  }

  /** A code next to an included one (same level) that the scope does not cover at all. */
  private static Optional<HsCode> neighbourOutside(GoodsMeasure m) {
    List<HsCode> candidates = new ArrayList<>();
    for (HsCode code : m.scope().includedCodes()) {
      long n = Long.parseLong(code.digits());
      for (long step : new long[] {1, -1, 2, -2, 5, -5, 10, -10}) {
        String digits = String.format(java.util.Locale.ROOT, "%0" + code.length() + "d", n + step);
        if (digits.length() == code.length() && n + step > 0) {
          candidates.add(new HsCode(digits));
        }
      }
    }
    return candidates.stream()
        .filter(HsChapters::isKnown)
        .filter(c -> m.scope().coverage(c) == Coverage.NONE)
        .findFirst();
  }
}
