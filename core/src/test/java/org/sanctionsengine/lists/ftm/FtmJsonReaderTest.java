package org.sanctionsengine.lists.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.Entities;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

class FtmJsonReaderTest {
  private static final String DIR = "opensanctions/yente_fixtures/";

  @Test
  void read_zalaFixture_keepsPersonsAndCompaniesWithTheirSanctionPrograms() {
    ListReading.Result zala =
        ListReading.read(ListFormat.FTM_JSON, SharedData.file(DIR + "zala_entities.ftm.json"));

    assertThat(zala.entities()).hasSize(17);
    assertThat(zala.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)).hasSize(6);
    Person zakharov = (Person) zala.entry("NK-aU5ybkbRFJucf8YMwsJvDw");
    assertThat(zakharov.primaryName().value()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
    assertThat(zakharov.listing().programs())
        .contains(Program.of("EU-UKR"), Program.of("SECO-UKRAINE"));
  }

  @Test
  void read_otherFixtures_countOnlyPartyEntities() {
    assertThat(
            ListReading.read(ListFormat.FTM_JSON, SharedData.file(DIR + "t1_entities.ftm.json"))
                .entities())
        .hasSize(6);
    assertThat(
            ListReading.read(
                    ListFormat.FTM_JSON, SharedData.file(DIR + "parteispenden_entities.ftm.json"))
                .entities())
        .hasSize(96);
    assertThat(ListFiles.detect(SharedData.file(DIR + "t1_entities.ftm.json")))
        .isEqualTo(ListFormat.FTM_JSON);
  }

  @Test
  void write_vessel_usesFtmPropertyNames() throws IOException {
    Entity vessel = Entities.vessel("CHON MA SAN", "IMO 8660313", "WOORY STAR");
    StringWriter out = new StringWriter();

    try (FtmWriter writer = new FtmWriter(out)) {
      writer.write(vessel);
    }

    assertThat(out.toString())
        .isEqualTo(
            "{\"id\":\"un-TEST-IMO 8660313\",\"schema\":\"Vessel\","
                + "\"caption\":\"CHON MA SAN\",\"properties\":{\"name\":[\"CHON MA SAN\"],"
                + "\"previousName\":[\"WOORY STAR\"],\"imoNumber\":[\"IMO 8660313\"],"
                + "\"topics\":[\"sanction\"]},\"datasets\":[\"un\"],\"snapshot\":\"test-snapshot\"}\n");
  }
}
