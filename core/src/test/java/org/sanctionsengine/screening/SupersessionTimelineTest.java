package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.regime.RegimeLoader;

/**
 * Golden cases from the fact sheet's supersession timeline (section 1.14) and jurisdiction rules.
 */
class SupersessionTimelineTest {
  private static final Screener SCREENER = new Screener(RegimeLoader.dprk());

  private static Decision check(Shipment.ShipmentBuilder b) {
    return SCREENER.check(b.build());
  }

  private static List<String> cited(Decision d) {
    return d.findings().stream()
        .map(f -> f.measure().provision().citation() + " " + f.effect())
        .toList();
  }

  @Test
  void check_copperDayBefore2321_isPermitted() {
    Decision d = check(Shipments.of("2016-11-29", "KP", "CN", "740311"));

    assertThat(d.outcome()).isEqualTo(Outcome.PERMITTED);
    assertThat(d.findings()).isEmpty();
  }

  @Test
  void check_copperOnAdoptionOf2321_isProhibitedCitingOp28() {
    Decision d = check(Shipments.of("2016-11-30", "KP", "CN", "740311"));

    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(cited(d)).containsExactly("S/RES/2321 (2016) OP28 PROHIBITED");
  }

  @Test
  void check_coalDayBefore2270_isPermitted() {
    assertThat(check(Shipments.of("2016-03-01", "KP", "CN", "2701")).outcome())
        .isEqualTo(Outcome.PERMITTED);
  }

  @Test
  void check_coalOnAdoptionOf2270_isProhibitedCitingOp29() {
    Decision d = check(Shipments.of("2016-03-02", "KP", "CN", "2701"));

    assertThat(cited(d)).containsExactly("S/RES/2270 (2016) OP29 PROHIBITED");
  }

  @Test
  void check_coalUnderThe2321Cap_isCapLimited() {
    Decision d = check(Shipments.of("2017-01-15", "KP", "CN", "2701"));

    assertThat(d.outcome()).isEqualTo(Outcome.CAP_LIMITED);
    assertThat(cited(d)).containsExactly("S/RES/2321 (2016) OP26(b) CAP_LIMITED");
  }

  @Test
  void check_coalAfter2371_isProhibitedCitingOp8() {
    Decision d = check(Shipments.of("2017-08-05", "KP", "CN", "2701"));

    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(cited(d)).contains("S/RES/2371 (2017) OP8 PROHIBITED");
    assertThat(cited(d)).noneMatch(c -> c.contains("OP26"));
  }

  @Test
  void check_ironOreInWindDownWithEarlierContract_isPermittedWithNotice() {
    Decision d =
        check(
            Shipments.of("2017-09-04", "KP", "CN", "2601")
                .contractDate(LocalDate.parse("2017-08-04")));

    assertThat(d.outcome()).isEqualTo(Outcome.PERMITTED);
    assertThat(d.findings().get(0).explanation())
        .isEqualTo(
            "DPRK iron and iron ore exports banned (ends the livelihood exemption) (in force since"
                + " 2017-08-05): permitted under the wind-down (deliveries until 2017-09-04 under"
                + " written contracts concluded before 2017-08-05); notify the 1718 Committee by"
                + " 2017-09-19.");
  }

  @Test
  void check_ironOreInWindDownWithoutContractDate_isReviewSayingWhy() {
    Decision d = check(Shipments.of("2017-08-20", "KP", "CN", "2601"));

    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(d.findings().get(0).explanation())
        .endsWith("give the contract date (--contract-date) to decide.");
  }

  @Test
  void check_ironOreAfterWindDown_isProhibited() {
    Decision d =
        check(
            Shipments.of("2017-09-05", "KP", "CN", "2601")
                .contractDate(LocalDate.parse("2017-08-04")));

    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void check_refinedPetroleumInto2018_isCapLimitedCitingOp5() {
    Decision d = check(Shipments.of("2018-05-01", "CN", "KP", "2710.19.43"));

    assertThat(d.outcome()).isEqualTo(Outcome.CAP_LIMITED);
    assertThat(cited(d)).contains("S/RES/2397 (2017) OP5 CAP_LIMITED");
  }

  @Test
  void check_euMemberExportingDieselAfterOctober2017_isProhibited() {
    Decision d = check(Shipments.of("2017-10-16", "NL", "KP", "2710.19.43"));

    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(cited(d)).contains("Reg. (EU) 2017/1509 Art. 16d, 16f (Reg. 2017/1858) PROHIBITED");
    assertThat(d.bindingAuthorities()).contains(Authority.EU);
  }

  @Test
  void check_ukExportingDieselAfterBrexitTransition_isNotBoundByEu() {
    Decision d = check(Shipments.of("2021-01-01", "GB", "KP", "2710.19.43"));

    assertThat(d.bindingAuthorities()).doesNotContain(Authority.EU);
    assertThat(d.outcome()).isEqualTo(Outcome.CAP_LIMITED);
  }

  @Test
  void check_usOriginGoodsReExportedFromChina_isProhibitedByEo13722() {
    Decision d = check(Shipments.of("2019-01-10", "CN", "KP", "1006").origin(CountryCode.US));

    assertThat(d.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(cited(d)).contains("EO 13722 sec. 3(a)(i) PROHIBITED");
    assertThat(d.bindingAuthorities()).contains(Authority.US);
  }

  @Test
  void check_chineseTradeWithDprk_isOnlyExposedToUsSecondarySanctions() {
    Decision d = check(Shipments.of("2019-01-10", "CN", "KP", "1006"));

    assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(cited(d)).containsExactly("EO 13810 sec. 1(a)(iii) REVIEW");
    assertThat(d.bindingAuthorities()).containsExactly(Authority.UN);
  }

  @Test
  void check_southKoreanShipmentAfterMay24_isProhibited() {
    Decision before = check(Shipments.of("2010-05-23", "KR", "KP", "1006"));
    Decision after = check(Shipments.of("2010-05-24", "KR", "KP", "1006"));

    assertThat(before.outcome()).isEqualTo(Outcome.PERMITTED);
    assertThat(after.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(cited(after))
        .containsExactly("ROK May 24 measures (2010) May 24 measures, trade PROHIBITED");
  }

  @Test
  void check_broaderCodeThanTheBan_isReviewPartlyCovered() {
    Decision d = check(Shipments.of("2016-06-01", "CN", "KP", "27"));

    assertThat(d.findings())
        .filteredOn(f -> f.measure().id().equals("un-2270-op31-aviation-fuel"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.effect()).isEqualTo(Outcome.REVIEW);
              assertThat(f.explanation()).contains("partly covered; give a more specific code");
            });
  }

  @Test
  void check_snowmobileBelowThreshold_isNotCaughtByTheLuxuryList() {
    Decision d =
        check(
            Shipments.of("2016-06-01", "CN", "KP", "8703.10")
                .quantity(new Quantity(2, QuantityUnit.PIECES))
                .value(new Money(3000, "USD")));

    assertThat(d.findings())
        .filteredOn(f -> f.measure().id().equals("un-2270-op39-luxury"))
        .singleElement()
        .satisfies(f -> assertThat(f.effect()).isEqualTo(Outcome.PERMITTED));
  }

  @Test
  void check_snowmobileWithoutValue_isReviewNamingTheThreshold() {
    Decision d = check(Shipments.of("2016-06-01", "CN", "KP", "8703.10"));

    assertThat(d.findings())
        .filteredOn(f -> f.measure().id().equals("un-2270-op39-luxury"))
        .singleElement()
        .satisfies(f -> assertThat(f.explanation()).contains("USD 2,000"));
  }

  @Test
  void check_shipmentNotInvolvingDprk_isPermittedWithNote() {
    Decision d = check(Shipments.of("2021-08-04", "CN", "DE", "740311"));

    assertThat(d.outcome()).isEqualTo(Outcome.PERMITTED);
    assertThat(d.notes())
        .singleElement()
        .asString()
        .startsWith("The shipment does not involve the DPRK");
  }

  @Test
  void check_rajinTransitClaimed_isPermittedWithConditions() {
    Decision d =
        check(
            Shipments.of("2017-09-01", "KP", "CN", "2701")
                .origin(new CountryCode("RU"))
                .exemptions(List.of("rajin-transit")));

    assertThat(d.outcome()).isEqualTo(Outcome.PERMITTED);
    assertThat(d.findings().get(0).explanation())
        .contains("exemption 'rajin-transit' (OP8) claimed");
  }
}
