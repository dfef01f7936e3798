package org.sanctionsengine.issues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

/**
 * The EU legacy reader failed a whole import on a birth year no one alive was born in (0367), as
 * fuzzing found of the FtM and EU readers (issue 11): such a year is kept as text.
 */
class Issue11EuLegacyBirthYearTest {
  @TempDir Path dir;

  @Test
  void read_implausibleBirthYear_isKeptAsText_andEveryEntryIsRead() throws IOException {
    Path real = SharedData.file("eu/eu_fsd_legacy_global_2016-02-11_partial.xml");
    int entries = ListReading.read(ListFormat.EU_LEGACY_XML, real).entities().size();
    String text = Files.readString(real, StandardCharsets.UTF_8);
    Path altered = dir.resolve("eu-legacy.xml");
    Files.writeString(
        altered,
        text.replaceFirst("<DATE>1924-02-21</DATE>", "<DATE>0367</DATE>"),
        StandardCharsets.UTF_8);

    ListReading.Result result = ListReading.read(ListFormat.EU_LEGACY_XML, altered);

    assertThat(result.entities()).hasSize(entries);
    assertThat(result.context().problemCount()).isZero();
    Person first = (Person) result.entry("1");
    assertThat(first.birthDates()).contains(new BirthDate.Text("0367"));
  }
}
