package org.sanctionsengine.lists.uk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

class UkConListCsvReaderTest {
  private static final String FILE = "uk/hmt_conlist_2016-02-12_partial.csv";
  private static ListReading.Result uk;

  @BeforeAll
  static void readRealFile() {
    uk = ListReading.read(ListFormat.UK_CSV, SharedData.file(FILE));
  }

  @Test
  void read_real2016File_has463GroupsFrom800Rows() {
    assertThat(uk.entities()).hasSize(463);
    assertThat(uk.publishedOn()).contains(LocalDate.of(2016, 2, 12));
    assertThat(uk.context().problemCount()).isZero();
  }

  @Test
  void read_real2016File_13NorthKoreaGroups() {
    assertThat(uk.entities().stream().filter(Entity::isDprk)).hasSize(13);
  }

  @Test
  void read_real2016File_warnsThatGroupsLackTheirPrimaryRow() {
    assertThat(uk.context().warnings())
        .containsExactly(
            "`hmt_conlist_2016-02-12_partial.csv`: 228 of 463 groups have no primary-name row"
                + " (Alias Type `Prime Alias` / `Primary Name`); the file may be a partial extract."
                + " Their first row's name is used as primary.");
  }

  @Test
  void read_kimYongChol_yearOnlyBirthDateAndPlace() {
    Person kim = (Person) uk.entry("12439");

    assertThat(kim.kind()).isEqualTo(EntityKind.PERSON);
    assertThat(kim.birthDates()).contains(new BirthDate.Year(1946, false));
    assertThat(kim.placesOfBirth())
        .contains("Pyongan-Pukto, Democratic People's Republic of Korea");
    assertThat(kim.listing().positions())
        .contains("Commander of Reconnaissance General Bureau (RGB)");
  }

  @Test
  void read_fileCutInsideARow_isRejectedAsTruncatedWithItsLine(@TempDir Path dir)
      throws IOException {
    byte[] bytes = Files.readAllBytes(SharedData.file(FILE));
    Path cut = dir.resolve("conlist.csv");
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 60));

    assertThatThrownBy(() -> ListReading.read(ListFormat.UK_CSV, cut))
        .isInstanceOf(ListFormatException.class)
        .hasMessage(
            "`conlist.csv`, line 802: the file ends inside this row, so it looks"
                + " truncated; expected 29 fields, found 23."
                + " Download the file again; if it still fails, it is not the official list file.");
  }
}
