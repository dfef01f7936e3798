package org.sanctionsengine.lists.eu;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

class EuXmlReadersTest {
  private static final String LEGACY = "eu/eu_fsd_legacy_global_2016-02-11_partial.xml";

  static Path fixture(String name) {
    try {
      return Path.of(EuXmlReadersTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void read_realLegacyFile_has595EntitiesOf319Persons() {
    ListReading.Result eu = ListReading.read(ListFormat.EU_LEGACY_XML, SharedData.file(LEGACY));

    assertThat(eu.entities()).hasSize(595);
    assertThat(eu.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)).hasSize(319);
    assertThat(eu.publishedOn()).contains(LocalDate.of(2016, 2, 11));
    Person mugabe = (Person) eu.entry("1");
    assertThat(mugabe.primaryName().value()).isEqualTo("Robert Gabriel Mugabe");
    assertThat(mugabe.birthDates()).containsExactly(new BirthDate.Exact(LocalDate.of(1924, 2, 21)));
    assertThat(mugabe.identifier(IdentifierType.PASSPORT))
        .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("AD001095"));
  }

  @Test
  void detect_bothLayouts_byRootElement() {
    assertThat(ListFiles.detect(SharedData.file(LEGACY))).isEqualTo(ListFormat.EU_LEGACY_XML);
    assertThat(ListFiles.detect(fixture("eu-fsd-sample.xml"))).isEqualTo(ListFormat.EU_XML);
  }

  @Test
  void read_currentFormatFixture_dprkEntriesWithWeakAliasRangeAndPassport() {
    ListReading.Result eu = ListReading.read(ListFormat.EU_XML, fixture("eu-fsd-sample.xml"));

    assertThat(eu.publishedOn()).contains(LocalDate.of(2024, 5, 1));
    Entity komid = eu.entry("9011");
    assertThat(komid.kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(komid.isDprk()).isTrue();
    assertThat(komid.names()).contains(Name.of("KOMID", NameType.ALIAS, NameQuality.WEAK));
    Person kim = (Person) eu.entry("9020");
    assertThat(kim.birthDates()).containsExactly(BirthDate.Range.ofYears(1967, 1969));
    assertThat(kim.identifier(IdentifierType.PASSPORT))
        .hasValueSatisfying(
            p -> {
              assertThat(p.normalized()).isEqualTo("472310082");
              assertThat(p.issuer().code()).isEqualTo("KP");
            });
    assertThat(kim.listing().listedOn()).contains(LocalDate.of(2017, 8, 10));
  }
}
