package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.regime.Authority;

class JurisdictionTest {
  private static Jurisdiction of(Shipment.ShipmentBuilder b) {
    return Jurisdiction.of(b.build());
  }

  @Test
  void of_chineseExportToDprk_bindsOnlyTheUn() {
    Jurisdiction j = of(Shipments.of("2021-08-04", "CN", "KP", "2208"));

    assertThat(j.binding()).containsExactly(Authority.UN);
    assertThat(j.reasons())
        .containsExactly(
            "UN measures bind every UN member state.",
            "US primary measures do not bind (no US origin, US exporter, importer or party); US"
                + " secondary sanctions may still expose the parties.");
  }

  @Test
  void of_polandBeforeAndAfterAccession_bindsTheEuFromMay2004() {
    assertThat(of(Shipments.of("2004-04-30", "PL", "KP", "2208")).binds(Authority.EU)).isFalse();
    assertThat(of(Shipments.of("2004-05-01", "PL", "KP", "2208")).binds(Authority.EU)).isTrue();
  }

  @Test
  void of_unitedKingdom_isBoundByTheEuUntilTheEndOf2020() {
    assertThat(of(Shipments.of("2020-12-31", "GB", "KP", "2208")).binds(Authority.EU)).isTrue();
    assertThat(of(Shipments.of("2021-01-01", "GB", "KP", "2208")).binds(Authority.EU)).isFalse();
  }

  @Test
  void of_euPartyInAChineseShipment_bindsTheEuSayingWhy() {
    Jurisdiction j =
        of(Shipments.of("2021-08-04", "CN", "KP", "2208").parties(List.of(new CountryCode("NL"))));

    assertThat(j.reasons())
        .contains("EU measures bind: a party is established in the EU member state NL.");
  }

  @Test
  void of_usOriginGoods_bindTheUsSayingWhy() {
    Jurisdiction j = of(Shipments.of("2021-08-04", "CN", "KP", "8471").origin(CountryCode.US));

    assertThat(j.binding()).containsExactlyInAnyOrder(Authority.UN, Authority.US);
    assertThat(j.reasons()).contains("US measures bind: the goods are of US origin.");
  }

  @Test
  void of_southKoreanImporter_bindsTheRok() {
    assertThat(of(Shipments.of("2011-01-01", "KP", "KR", "6110")).binds(Authority.KR)).isTrue();
  }

  @Test
  void isMember_croatia_joinedInJuly2013() {
    CountryCode hr = new CountryCode("HR");

    assertThat(EuMembership.isMember(hr, LocalDate.of(2013, 6, 30))).isFalse();
    assertThat(EuMembership.isMember(hr, LocalDate.of(2013, 7, 1))).isTrue();
  }

  @Test
  void parse_countryCodeInLowerCase_isAccepted() {
    assertThat(CountryCode.parse("kp", "--from")).isEqualTo(CountryCode.KP);
  }

  @Test
  void parse_dprkSpelledOut_isRefusedWithAHint() {
    assertThatThrownBy(() -> CountryCode.parse("DPRK", "--to"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Unknown country code 'DPRK' for --to: expected an ISO 3166-1 alpha-2 code such as KP,"
                + " CN, US or DE. North Korea (DPRK) is KP. Check the code and run again.");
  }

  @Test
  void worst_ofTwoOutcomes_followsThePrecedence() {
    assertThat(Outcome.REVIEW.worst(Outcome.CAP_LIMITED)).isEqualTo(Outcome.CAP_LIMITED);
    assertThat(Outcome.LICENSE_REQUIRED.worst(Outcome.PROHIBITED)).isEqualTo(Outcome.PROHIBITED);
    assertThat(Outcome.PERMITTED.worst(Outcome.REVIEW)).isEqualTo(Outcome.REVIEW);
  }
}
