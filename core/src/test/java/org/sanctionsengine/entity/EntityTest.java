package org.sanctionsengine.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.testing.Entities;

class EntityTest {
  @Test
  void kind_eachRecord_reportsItsKind() {
    assertThat(Entities.person("Kim Jong Un").build().kind()).isEqualTo(EntityKind.PERSON);
    assertThat(Entities.organization("Korea Mining").kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(Entities.vessel("CHON MA SAN", "8660313").kind()).isEqualTo(EntityKind.VESSEL);
  }

  @Test
  void imo_vesselWithPrefixedNumber_normalisesForLookup() {
    Vessel vessel = Entities.vessel("CHON MA SAN", "IMO 8660313", "WOORY STAR");

    assertThat(vessel.imo()).contains("8660313");
    assertThat(vessel.names())
        .extracting(Name::type)
        .containsExactly(NameType.PRIMARY, NameType.FORMER);
  }

  @Test
  void isDprk_personUnderDprk3_isTrue() {
    assertThat(Entities.person("Ri Won Ho").program("DPRK3").build().isDprk()).isTrue();
    assertThat(Entities.person("Someone").program("SDGT").build().isDprk()).isFalse();
  }

  @Test
  void scriptOf_hangulName_isHangul() {
    assertThat(Name.primary("김정은").script()).isEqualTo(Script.HANGUL);
    assertThat(Name.primary("Kim Jong Un").script()).isEqualTo(Script.LATIN);
    assertThat(Name.primary("Ким Чен Ын").script()).isEqualTo(Script.CYRILLIC);
    assertThat(Name.primary("123").script()).isEqualTo(Script.NONE);
  }

  @Test
  void resolve_unAndOfacSpellingsOfNorthKorea_allGiveKp() {
    assertThat(Countries.resolve("Democratic People's Republic of Korea").code()).isEqualTo("KP");
    assertThat(Countries.resolve("Korea, North").code()).isEqualTo("KP");
    assertThat(Countries.resolve("Germany").code()).isEqualTo("DE");
    assertThat(Countries.resolve("Atlantis")).isEqualTo(new Country("", "Atlantis"));
  }

  @Test
  void admits_birthDateVariants_coverTheirDays() {
    LocalDate day = LocalDate.of(1964, 7, 17);

    assertThat(new BirthDate.Exact(day).admits(day)).isTrue();
    assertThat(new BirthDate.Month(YearMonth.of(1964, 7)).admits(day)).isTrue();
    assertThat(new BirthDate.Year(1964, true).admits(day)).isTrue();
    assertThat(BirthDate.Range.ofYears(1960, 1963).admits(day)).isFalse();
    assertThat(new BirthDate.Text("1960s").admits(day)).isFalse();
  }

  @Test
  void listedOn_setTwice_isRefused() {
    Listing.Builder builder = Listing.builder("X").listedOn(LocalDate.of(2016, 11, 30));

    assertThatThrownBy(() -> builder.listedOn(LocalDate.of(2017, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("listedOn was already set to 2016-11-30");
  }

  @Test
  void parse_unknownSourceCode_namesTheValidCodes() {
    assertThat(ListSource.parse("OFAC-SDN")).isEqualTo(ListSource.OFAC_SDN);
    assertThatThrownBy(() -> ListSource.parse("interpol"))
        .hasMessage(
            "Unknown list source 'interpol': expected one of un, ofac-sdn, ofac-cons, eu, uk,"
                + " opensanctions. Use one of these codes.");
  }
}
