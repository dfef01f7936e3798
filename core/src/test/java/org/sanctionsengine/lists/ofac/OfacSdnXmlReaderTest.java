package org.sanctionsengine.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;

class OfacSdnXmlReaderTest {
  static Path fixture() {
    try {
      return Path.of(OfacSdnXmlReaderTest.class.getResource("sdn-sample.xml").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void read_fixture_sameFactsAsTheLegacyCsvRecords() {
    ListReading.Result sdn = ListReading.read(ListFormat.OFAC_SDN_XML, fixture());

    assertThat(ListFiles.detect(fixture())).isEqualTo(ListFormat.OFAC_SDN_XML);
    assertThat(sdn.publishedOn()).contains(LocalDate.of(2021, 7, 7));
    Entity komid = sdn.entry("9345");
    assertThat(komid.names())
        .contains(
            Name.of("CHANGGWANG SINYONG CORPORATION", NameType.ALIAS, NameQuality.STRONG),
            Name.of("KOMID", NameType.ALIAS, NameQuality.WEAK));
    assertThat(komid.isDprk()).isTrue();
    Person paek = (Person) sdn.entry("15667");
    assertThat(paek.primaryName().value()).isEqualTo("PAEK, Chang-Ho");
    assertThat(paek.birthDates()).containsExactly(new BirthDate.Exact(LocalDate.of(1964, 6, 18)));
    assertThat(paek.identifier(IdentifierType.PASSPORT))
        .hasValueSatisfying(
            p -> {
              assertThat(p.normalized()).isEqualTo("381420754");
              assertThat(p.issuer().code()).isEqualTo("KP");
            });
    Vessel vessel = (Vessel) sdn.entry("17069");
    assertThat(vessel.imo()).contains("7937317");
    assertThat(vessel.particulars().flag().code()).isEqualTo("KP");
  }

  @Test
  void read_advancedFixture_sameFactsAsTheLegacyCsvRecords() throws URISyntaxException {
    Path advanced =
        Path.of(OfacSdnXmlReaderTest.class.getResource("sdn-advanced-sample.xml").toURI());
    ListReading.Result sdn = ListReading.read(ListFormat.OFAC_ADVANCED_XML, advanced);

    assertThat(ListFiles.detect(advanced)).isEqualTo(ListFormat.OFAC_ADVANCED_XML);
    assertThat(sdn.publishedOn()).contains(LocalDate.of(2021, 7, 7));
    Entity komid = sdn.entry("9345");
    assertThat(komid.names())
        .containsExactly(
            Name.primary("KOREA MINING DEVELOPMENT TRADING CORPORATION"),
            Name.of("CHANGGWANG SINYONG CORPORATION", NameType.ALIAS, NameQuality.STRONG),
            Name.of("KOMID", NameType.ALIAS, NameQuality.WEAK));
    assertThat(komid.listing().programs())
        .extracting(p -> p.code())
        .containsExactly("NPWMD", "DPRK2");
    assertThat(komid.listing().addresses())
        .extracting(a -> a.full())
        .containsExactly("Central District, Pyongyang, Korea, North");
    Person paek = (Person) sdn.entry("15667");
    assertThat(paek.primaryName().value()).isEqualTo("PAEK, Chang-Ho");
    assertThat(paek.birthDates()).containsExactly(new BirthDate.Exact(LocalDate.of(1964, 6, 18)));
    assertThat(paek.placesOfBirth()).containsExactly("Kaesong, DPRK");
    assertThat(paek.gender()).isEqualTo(org.sanctionsengine.entity.Gender.MALE);
    assertThat(paek.identifier(IdentifierType.PASSPORT))
        .hasValueSatisfying(
            p -> {
              assertThat(p.normalized()).isEqualTo("381420754");
              assertThat(p.issuer().code()).isEqualTo("KP");
            });
    Vessel vessel = (Vessel) sdn.entry("17069");
    assertThat(vessel.imo()).contains("7937317");
    assertThat(vessel.particulars().flag().code()).isEqualTo("KP");
    assertThat(vessel.particulars().type()).isEqualTo("General Cargo");
    assertThat(vessel.isDprk()).isTrue();
  }

  @Test
  void read_fewerEntriesThanRecordCount_isRejected(@TempDir Path dir) throws IOException {
    String xml = Files.readString(fixture(), StandardCharsets.UTF_8);
    Path cut = dir.resolve("sdn.xml");
    Files.writeString(
        cut,
        xml.substring(0, xml.lastIndexOf("<sdnEntry>")) + "</sdnList>\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ListReading.read(ListFormat.OFAC_SDN_XML, cut))
        .isInstanceOf(ListFormatException.class)
        .hasMessage(
            "`sdn.xml`: the file states 3 entries (publshInformation/Record_Count) but"
                + " holds 2. The file is incomplete or altered; download it again.");
  }
}
