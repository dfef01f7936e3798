package org.sanctionsengine.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ImportRejectedException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.TestClock;

/**
 * Bugs the fuzz tests found (issue 11, docs/fuzzing.md), imported the way a user would: each input
 * used to escape as an exception other than the reader's documented refusal. The crashing inputs
 * themselves stay in the fuzz tests' seed directories, where the normal suite replays them.
 */
class Issue11FuzzFindingsTest {
  @TempDir Path home;

  private void importFile(ListFormat format, String name, byte[] content) throws IOException {
    Path file = home.resolve(name);
    Files.write(file, content);
    SnapshotStore.open(home, TestClock.standard())
        .importList(format, ListInput.of(file), ImportOptions.defaults());
  }

  @Test
  void issue11_ftmBytesJacksonReadsAsUtf32_rejectedAsNotUtf8() {
    // Seven NUL bytes after the first make Jackson guess UTF-32; it then failed with a
    // CharConversionException, which the reader reported as an I/O error ("Cannot read").
    byte[] content = "7\0\0\0\0\0\0\0{\"id\":\"x\"}\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> importFile(ListFormat.FTM_JSON, "entities.ftm.json", content))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "`entities.ftm.json`: the file is not UTF-8 text, as FollowTheMoney JSON lines are (the"
                + " decoder says: Invalid UTF-32 character 0x6468227b (above 0x0010ffff) at char #2,"
                + " byte #11)). Check that the file is complete FollowTheMoney JSON lines (download"
                + " it again). Nothing was imported; there is still no opensanctions snapshot.");
  }

  @Test
  void issue11_ftmBirthYearOutOfRange_keptAsText() throws IOException {
    // "0367" has the shape of a year, but BirthDate.Year refuses it: the import used to fail
    // with an IllegalArgumentException.
    Person person =
        (Person)
            read(
                    ListFormat.FTM_JSON,
                    "entities.ftm.json",
                    "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Kim Jong Sik\"],"
                        + "\"birthDate\":[\"0367\",\"1967-13\",\"1967-02-30\",\"1967\"]}}\n")
                .getFirst();

    assertThat(person.birthDates())
        .containsExactly(
            new BirthDate.Text("0367"),
            new BirthDate.Text("1967-13"),
            new BirthDate.Text("1967-02-30"),
            new BirthDate.Year(1967, false));
  }

  @Test
  void issue11_euBirthYearRangeEndingBeforeItStarts_keptAsText() throws IOException {
    // yearRangeFrom 3934 to 1969: BirthDate.Range refuses it, and the import used to fail with an
    // IllegalArgumentException; month 13 failed the same way.
    Person person =
        (Person)
            read(
                    ListFormat.EU_XML,
                    "eu.xml",
                    """
                    <export xmlns="http://eu.europa.ec/fpi/fsd/export">
                      <sanctionEntity logicalId="9020">
                        <subjectType code="person"/>
                        <nameAlias wholeName="KIM Jong Sik" strong="true"/>
                        <birthdate yearRangeFrom="3934" yearRangeTo="1969"/>
                        <birthdate year="1967" monthOfYear="13"/>
                        <birthdate year="0367"/>
                      </sanctionEntity>
                    </export>
                    """)
                .getFirst();

    assertThat(person.birthDates())
        .containsExactly(
            new BirthDate.Text("3934 to 1969"),
            new BirthDate.Text("1967-13"),
            new BirthDate.Text("0367"));
  }

  @Test
  void issue11_xmlDoctypeWithControlCharacter_rejectedAsMalformed() {
    // The JDK's parser threw MissingResourceException (InvalidCharInDTD) instead of an
    // XMLStreamException, and it escaped every XML reader.
    byte[] content =
        "<!DOCTYPE x [UBLIC\u0001\0\0\0\0\0\0\0p:oo\">\u00c1".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> importFile(ListFormat.EU_XML, "eu.xml", content))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "`eu.xml`, line 1, column 19: the XML is malformed (the parser failed with"
                + " MissingResourceException: InvalidCharInDTD). Check that the file is complete"
                + " (download it again) and is an official list file. Nothing was imported; there"
                + " is still no eu snapshot.");
  }

  private List<Entity> read(ListFormat format, String name, String content) throws IOException {
    Path file = home.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return ListReading.read(format, file).entities();
  }
}
