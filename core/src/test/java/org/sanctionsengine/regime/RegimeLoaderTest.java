package org.sanctionsengine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegimeLoaderTest {
  private static final Regime DPRK = RegimeLoader.dprk();

  @Test
  void dprk_shippedData_loadsEveryListedInstrument() {
    assertThat(DPRK.instruments()).extracting(Instrument::id).contains("un-2371", "un-2397");
    assertThat(DPRK.measures()).hasSizeGreaterThan(20);
    assertThat(DPRK.version()).hasSize(12);
  }

  @Test
  void dprk_refinedPetroleumCap_hasItsCalendarYearLimit() {
    var cap = (GoodsMeasure.QuantityCap) DPRK.measure("un-2397-op5-refined-petroleum-cap").get();
    var window = cap.cap().windowOn(LocalDate.of(2021, 8, 4)).orElseThrow();
    assertThat(window.label()).isEqualTo("2021-01-01..2021-12-31");
    assertThat(window.schedule().limits()).containsExactly(new CapLimit(500_000, CapUnit.BARRELS));
    assertThat(cap.provision().citation()).isEqualTo("S/RES/2397 (2017) OP5");
  }
}
