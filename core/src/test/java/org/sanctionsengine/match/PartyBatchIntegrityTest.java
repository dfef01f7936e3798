package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

/**
 * Issue 11: every party of a batch comes out, and only its name can keep it from being screened.
 */
class PartyBatchIntegrityTest {
  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              Entities.person("KIM JONG UN").id("KPi.KJU").build(),
              Entities.person("RI PYONG CHOL").id("KPi.RPC").build(),
              Entities.person("CHOE RYONG HAE").id("KPi.CRH").build()),
          NameNormalizer.create());

  private static List<PartyRow> rows(String csv) {
    List<PartyRow> rows = new ArrayList<>();
    try (PartyCsvReader reader =
        new PartyCsvReader(new StringReader(csv), "p.csv", InputLimits.defaults())) {
      for (Optional<PartyRow> next = reader.next(); next.isPresent(); next = reader.next()) {
        rows.add(next.get());
      }
    }
    return rows;
  }

  private static boolean listed(PartyRow row) {
    return Screening.hits(INDEX, row.party().toBatchQuery().query(), 0.82).stream()
        .anyMatch(hit -> hit.isMatch(0.82));
  }

  @Test
  void strayQuote_fourPartiesIn_fourRowsOut_andTheListedNamesAfterItAreFound() {
    List<PartyRow> rows =
        rows(
            "id,name,country\n"
                + "1,\"Acme Trading,CN\n"
                + "2,Ri Pyong Chol,KP\n"
                + "3,Choe Ryong Hae,KP\n"
                + "4,Jane Doe,GB\n");

    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).isBroken()).isTrue();
    assertThat(rows.get(0).problem()).contains("quote opened at column 3");
    assertThat(rows.get(0).line()).isEqualTo(2);
    assertThat(listed(rows.get(1))).isTrue();
    assertThat(listed(rows.get(2))).isTrue();
    assertThat(listed(rows.get(3))).isFalse();
  }

  @Test
  void unreadableBirthDateCountryTypeOrImo_areIgnoredWithWarnings_andTheNameIsStillScreened() {
    List<PartyRow> rows =
        rows(
            "id,name,type,birth_date,country,imo\n"
                + "1,Kim Jong Un,persn,1984-01-32,Atlantis,12\n");

    PartyFields.Reading reading = rows.get(0).party().toBatchQuery();

    assertThat(reading.warnings())
        .hasSize(4)
        .anySatisfy(w -> assertThat(w).startsWith("column 'type' ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("column 'birth_date' ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("column 'country' ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("column 'imo' ignored"));
    assertThat(listed(rows.get(0))).isTrue();
  }

  @Test
  void birthDateWithOneDigitMonthOrDay_isRead() {
    PartyFields fields = new PartyFields("Kim Jong Un", "", "1969-7-16", "", "");

    assertThat(fields.toBatchQuery().warnings()).isEmpty();
    assertThat(fields.toQuery()).isNotNull();
  }

  @Test
  void singlePartyFromFlags_staysStrict() {
    assertThatThrownBy(() -> new PartyFields("Kim Jong Un", "", "1984-01-32", "", "").toQuery())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Birth date '1984-01-32'");
  }

  @Test
  void noNameAndNoImo_isRefused() {
    assertThatThrownBy(() -> new PartyFields("", "person", "1984", "KP", "").toBatchQuery())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void brokenHeader_refusesTheWholeBatchNamingTheLine() {
    assertThatThrownBy(() -> rows("\"id,name\n1,Kim Jong Un\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("line 1 (the header)");
  }
}
