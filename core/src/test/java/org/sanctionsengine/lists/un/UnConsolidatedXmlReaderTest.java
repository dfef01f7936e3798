package org.sanctionsengine.lists.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

class UnConsolidatedXmlReaderTest {
  private static ListReading.Result un;

  @BeforeAll
  static void readRealList() {
    un = ListReading.read(ListFormat.UN_XML, SharedData.file("un/consolidated.xml"));
  }

  private static long count(EntityKind kind, String prefix) {
    return un.entities().stream()
        .filter(e -> e.kind() == kind && e.ref().sourceId().startsWith(prefix))
        .count();
  }

  @Test
  void read_realList_has730IndividualsAnd273Entities() {
    assertThat(count(EntityKind.PERSON, "")).isEqualTo(730);
    assertThat(count(EntityKind.ORGANIZATION, "")).isEqualTo(273);
    assertThat(un.context().problemCount()).isZero();
    assertThat(un.publishedOn()).contains(LocalDate.of(2026, 2, 27));
  }

  @Test
  void read_realList_has80DprkIndividualsAnd75DprkEntities() {
    assertThat(count(EntityKind.PERSON, "KPi.")).isEqualTo(80);
    assertThat(count(EntityKind.ORGANIZATION, "KPe.")).isEqualTo(75);
    List<Entity> dprk = un.entities().stream().filter(Entity::isDprk).toList();
    assertThat(dprk).hasSize(155).allMatch(e -> e.ref().sourceId().startsWith("KP"));
  }

  @Test
  void read_riWonHo_exactBirthDatePassportNationalityProgram() {
    Person ri = (Person) un.entry("KPi.033");

    assertThat(ri.primaryName().value()).isEqualTo("RI WON HO");
    assertThat(ri.birthDates()).containsExactly(new BirthDate.Exact(LocalDate.of(1964, 7, 17)));
    assertThat(ri.identifier(IdentifierType.PASSPORT))
        .hasValueSatisfying(p -> assertThat(p.normalized()).isEqualTo("381310014"));
    assertThat(ri.listing().nationalities()).extracting(c -> c.code()).containsExactly("KP");
    assertThat(ri.listing().programs()).containsExactly(new Program("DPRK", "UN 1718 (DPRK)"));
    assertThat(ri.listing().listedOn()).contains(LocalDate.of(2016, 11, 30));
    assertThat(ri.ref().key()).isEqualTo("un:KPi.033");
  }

  @Test
  void read_kimJongSik_goodAliasAndYearRange() {
    Person kim = (Person) un.entry("KPi.066");

    assertThat(kim.names()).contains(Name.of("Kim Cho’ng-sik", NameType.ALIAS, NameQuality.STRONG));
    assertThat(kim.birthDates()).containsExactly(BirthDate.Range.ofYears(1967, 1969));
  }

  @Test
  void read_choeSokMin_lowQualityAliasIsWeak() {
    Person choe = (Person) un.entry("KPi.064");

    assertThat(choe.names())
        .filteredOn(Name::isWeak)
        .extracting(Name::value)
        .containsExactly("Choe Sok Min");
  }

  @Test
  void read_oceanMaritimeManagement_imoNumberFromRemarks() {
    Entity ommc =
        un.entities().stream()
            .filter(e -> e.primaryName().value().startsWith("OCEAN MARITIME MANAGEMENT"))
            .findFirst()
            .orElseThrow();

    assertThat(ommc.identifier(IdentifierType.IMO))
        .hasValueSatisfying(imo -> assertThat(imo.normalized()).isEqualTo("1790183"));
  }
}
