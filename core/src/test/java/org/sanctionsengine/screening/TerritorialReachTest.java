package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.RegimeLoader;

/** E.O. 13570 bans importation into the US: it reaches US imports, not US persons abroad. */
class TerritorialReachTest {
  private static final Screener SCREENER = new Screener(RegimeLoader.dprk());
  private static final String IMPORT_BAN = "us-eo13570-import-ban";

  private static List<String> measureIds(Decision d) {
    return d.findings().stream().map(f -> f.measure().id()).toList();
  }

  @Test
  void check_usPartyInDprkCoalToChina_doesNotCiteTheUsImportBan() {
    Decision d =
        SCREENER.check(
            Shipments.of("2019-01-01", "KP", "CN", "2701")
                .parties(List.of(CountryCode.US))
                .build());

    assertThat(measureIds(d)).doesNotContain(IMPORT_BAN).contains("un-2371-op8-coal");
    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void check_dprkGoodsImportedIntoTheUs_areCaughtByTheImportBan() {
    Decision d = SCREENER.check(Shipments.of("2019-01-01", "KP", "US", "6110").build());

    assertThat(measureIds(d)).contains(IMPORT_BAN);
    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void check_dprkOriginGoodsReexportedFromChinaToTheUs_areCaughtByTheImportBan() {
    Decision d =
        SCREENER.check(
            Shipments.of("2019-01-01", "CN", "US", "6110").origin(CountryCode.KP).build());

    assertThat(measureIds(d)).contains(IMPORT_BAN);
  }
}
