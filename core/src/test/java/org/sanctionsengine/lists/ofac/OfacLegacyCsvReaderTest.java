package org.sanctionsengine.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

class OfacLegacyCsvReaderTest {
  private static ListReading.Result sdn;

  @BeforeAll
  static void readRealSet() {
    sdn =
        ListReading.read(
            ListFormat.OFAC_SDN_CSV,
            files("sdn_legacy_csv", "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"));
  }

  static Path[] files(String dir, String... names) {
    Path[] paths = new Path[names.length];
    for (int i = 0; i < names.length; i++) {
      paths[i] = SharedData.file("ofac/" + dir + "/" + names[i]);
    }
    return paths;
  }

  private static long count(EntityKind kind) {
    return sdn.entities().stream().filter(e -> e.kind() == kind).count();
  }

  @Test
  void read_realSdnSet_has8976RecordsByType() {
    assertThat(sdn.entities()).hasSize(8976);
    assertThat(count(EntityKind.PERSON)).isEqualTo(4620);
    assertThat(count(EntityKind.ORGANIZATION)).isEqualTo(3673);
    assertThat(count(EntityKind.VESSEL)).isEqualTo(406);
    assertThat(count(EntityKind.AIRCRAFT)).isEqualTo(277);
    assertThat(sdn.publishedOn()).isEmpty();
    assertThat(sdn.context().problemCount()).isZero();
  }

  @Test
  void read_realSdnSet_414RecordsCarryADprkProgram() {
    assertThat(sdn.entities().stream().filter(Entity::isDprk)).hasSize(414);
  }

  @Test
  void read_realSdnSet_joinsEveryAddressAndAlias() {
    long addresses = sdn.entities().stream().mapToLong(e -> e.listing().addresses().size()).sum();
    long strongAliases =
        sdn.entities().stream()
            .flatMap(e -> e.names().stream())
            .filter(n -> n.quality() == NameQuality.STRONG)
            .count();
    // add.csv: 13,837 rows, of which 2,397 say nothing (-0- in every part): 11,440 addresses.
    assertThat(addresses).isEqualTo(11_440L);
    // alt.csv: 11,910 rows; 2 repeat an alias of the same entity: 11,908 distinct strong names.
    assertThat(strongAliases).isEqualTo(11_908L);
  }

  @Test
  void read_chongChonGang_vesselWithImoFlagAndType() {
    Vessel vessel = (Vessel) sdn.entry("17069");

    assertThat(vessel.primaryName().value()).isEqualTo("CHONG CHON GANG");
    assertThat(vessel.imo()).contains("7937317");
    assertThat(vessel.particulars().flag().code()).isEqualTo("KP");
    assertThat(vessel.particulars().type()).isEqualTo("General Cargo");
    assertThat(vessel.isDprk()).isTrue();
  }

  @Test
  void read_paekChangHo_birthDatePlaceAndPassport() {
    Person paek = (Person) sdn.entry("15667");

    assertThat(paek.primaryName().value()).isEqualTo("PAEK, Chang-Ho");
    assertThat(paek.birthDates()).containsExactly(new BirthDate.Exact(LocalDate.of(1964, 6, 18)));
    assertThat(paek.placesOfBirth()).containsExactly("Kaesong, DPRK");
    assertThat(paek.identifier(IdentifierType.PASSPORT))
        .hasValueSatisfying(
            p -> {
              assertThat(p.normalized()).isEqualTo("381420754");
              assertThat(p.note()).isEqualTo("issued 07 Dec 2011 expires 07 Dec 2016");
            });
  }

  @Test
  void read_kimYongChol_circaYearsAreApproximate() {
    Person kim = (Person) sdn.entry("12211");

    assertThat(kim.birthDates())
        .containsExactly(new BirthDate.Year(1947, true), new BirthDate.Year(1946, true));
  }

  @Test
  void read_komid_strongAliasesFromAltCsvAndWeakAkaFromRemarks() {
    Entity komid = sdn.entry("9345");

    assertThat(komid.names())
        .contains(
            Name.of("CHANGGWANG SINYONG CORPORATION", NameType.ALIAS, NameQuality.STRONG),
            Name.of("KOMID", NameType.ALIAS, NameQuality.WEAK));
    assertThat(komid.listing().programs())
        .extracting(p -> p.code())
        .containsExactly("NPWMD", "DPRK2");
    assertThat(komid.listing().addresses())
        .extracting(a -> a.full())
        .contains("Central District, Pyongyang, Korea, North");
  }

  @Test
  void read_realConsolidatedSet_has442Records() {
    ListReading.Result cons =
        ListReading.read(
            ListFormat.OFAC_CONS_CSV,
            files(
                "consolidated_nonsdn_csv",
                "cons_prim.csv",
                "cons_add.csv",
                "cons_alt.csv",
                "cons_comments.csv"));

    assertThat(cons.entities()).hasSize(442);
    assertThat(cons.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)).hasSize(79);
    assertThat(cons.entities().stream().filter(Entity::isDprk)).isEmpty();
    assertThat(cons.entities().getFirst().ref().source().code()).isEqualTo("ofac-cons");
  }
}
