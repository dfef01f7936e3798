package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InvalidInputException;

class PartyCsvReaderColumnsTest {
  @Test
  void columns_mixedCaseWithByteOrderMarkAndRepeats_firstOfEachKnownName() {
    assertThat(
            PartyCsvReader.columns(
                "p.csv", List.of("\uFEFFID", " Name ", "notes", "name", "Birth_Date", "IMO")))
        .isEqualTo(Map.of("id", 0, "name", 1, "birth_date", 4, "imo", 5));
  }

  @Test
  void columns_noNameNorImo_saysWhatHeaderToWrite() {
    assertThatThrownBy(() -> PartyCsvReader.columns("p.csv", List.of("id", "customer")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "p.csv, line 1: the header names no 'name' (nor 'imo') column: expected any of"
                + " id,name,type,birth_date,country,imo, found id,customer. Add a header row such"
                + " as id,name,type,birth_date,country,imo.");
  }
}
