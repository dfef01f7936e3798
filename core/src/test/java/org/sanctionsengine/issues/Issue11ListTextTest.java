package org.sanctionsengine.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctionsengine.input.InputLimitException;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.XmlRecordReader;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;

/**
 * Issue 11, the text side: stray text outside records is bounded, XInclude and elements inside
 * text-valued fields are refused, control characters are refused in every format, and a repeated id
 * is a problem in every format.
 */
class Issue11ListTextTest {
  @TempDir Path dir;

  private static String un() throws IOException {
    return Files.readString(SharedData.file("un/consolidated.xml"), StandardCharsets.UTF_8);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  // --- Stray text ------------------------------------------------------------------------------

  /** Text between records that never ends: refused at the text limit, in small steps of memory. */
  @Test
  void next_endlessStrayTextBetweenRecords_isRefusedAtTheTextLimit() {
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "<CONSOLIDATED_LIST><INDIVIDUALS>".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() {
                return 'x';
              }

              @Override
              public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
              }
            });

    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (XmlRecordReader xml =
              XmlRecordReader.open(endless, "stray.xml", InputLimits.defaults())) {
            assertThatThrownBy(() -> xml.next(Set.of("INDIVIDUAL")))
                .isInstanceOf(InputLimitException.class)
                .hasMessageStartingWith("`stray.xml`, line 1, column ")
                .hasMessageContaining(
                    "(at /CONSOLIDATED_LIST/INDIVIDUALS): text length in characters ")
                .hasMessageContaining(" exceeds the limit of 100000 (`--max-string-length`).");
          }
        });
  }

  @Test
  void read_strayTextBetweenRealUnRecords_isRefusedWithItsLine() throws IOException {
    String xml = un();
    int at = xml.indexOf("<INDIVIDUAL>", xml.indexOf("</INDIVIDUAL>"));
    Path file =
        write("un-stray.xml", xml.substring(0, at) + "x".repeat(150_000) + xml.substring(at));

    assertThatThrownBy(() -> ListReading.read(ListFormat.UN_XML, file))
        .isInstanceOf(InputLimitException.class)
        .hasMessageStartingWith("`un-stray.xml`, line 42, column ")
        .hasMessageContaining(" exceeds the limit of 100000 (`--max-string-length`).");
  }

  @Test
  void read_realUnList_strayWhitespaceBetweenRecordsIsFine() {
    assertThat(
            ListReading.read(ListFormat.UN_XML, SharedData.file("un/consolidated.xml")).entities())
        .hasSize(1003);
  }

  // --- XInclude and elements inside text fields ------------------------------------------------

  @Test
  void read_xincludeInsideAUnName_isRefusedWithTheLine() throws IOException {
    Path file =
        write(
            "un-xinclude.xml",
            un().replaceFirst(
                    "<FIRST_NAME>ERIC</FIRST_NAME>",
                    "<FIRST_NAME><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\""
                        + " href=\"first-name.txt\" parse=\"text\"/></FIRST_NAME>"));

    assertThatThrownBy(() -> ListReading.read(ListFormat.UN_XML, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("`un-xinclude.xml`, line 7, column ")
        .hasMessageEndingWith(
            " (at /CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL/FIRST_NAME): element <xi:include> is an"
                + " XInclude, which official lists never use; it is not resolved, and dropping it"
                + " would silently drop the text it stands for. Use the list file as published.");
  }

  @Test
  void read_elementInsideAUnName_isRefused() throws IOException {
    Path file =
        write(
            "un-element.xml",
            un().replaceFirst(
                    "<FIRST_NAME>ERIC</FIRST_NAME>", "<FIRST_NAME><b>ERIC</b></FIRST_NAME>"));

    assertThatThrownBy(() -> ListReading.read(ListFormat.UN_XML, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("`un-element.xml`, line 4, column ")
        .hasMessageEndingWith(
            ": element <FIRST_NAME> should hold text but holds element <b>, which would be"
                + " dropped with its text. Use the list file as published; it is damaged or was"
                + " altered.");
  }

  @Test
  void read_textAndElementMixedInAUnName_isRefusedWithTheLine() throws IOException {
    Path file =
        write(
            "un-mixed.xml",
            un().replaceFirst(
                    "<FIRST_NAME>ERIC</FIRST_NAME>",
                    "<FIRST_NAME>ERIC <i>X</i> JUNIOR</FIRST_NAME>"));

    assertThatThrownBy(() -> ListReading.read(ListFormat.UN_XML, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("`un-mixed.xml`, line 7, column ")
        .hasMessageContaining(
            ": element <FIRST_NAME> holds both text and elements; official lists keep text and"
                + " elements apart, so part of this value would be lost.");
  }

  // --- Control characters ----------------------------------------------------------------------

  @Test
  void read_nulByteInsideAUnName_isRefusedWithTheLine() throws IOException {
    Path file =
        write("un-nul.xml", un().replaceFirst("<FIRST_NAME>ERIC", "<FIRST_NAME>ER\u0000IC"));

    assertThatThrownBy(() -> ListReading.read(ListFormat.UN_XML, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("`un-nul.xml`, line 7, column ");
  }

  @Test
  void read_controlCharacterReferenceInXml11_isRefused() throws IOException {
    Path file =
        write(
            "un-11.xml",
            "<?xml version=\"1.1\"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>\n"
                + "<DATAID>1</DATAID><REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER>\n"
                + "<FIRST_NAME>KIM&#x1;JONG</FIRST_NAME></INDIVIDUAL></INDIVIDUALS>"
                + "</CONSOLIDATED_LIST>");

    assertThatThrownBy(() -> ListReading.read(ListFormat.UN_XML, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("`un-11.xml`, line 4, column ")
        .hasMessageContaining(
            ": the text holds the control character U+0001; official lists hold no control"
                + " characters other than tab, CR and LF, and a NUL would cut a name short in other"
                + " systems. Download the list again;");
  }

  @Test
  void read_nulByteInAnOfacCsvName_isRefusedWithLineAndField() throws IOException {
    Path set = Files.createDirectories(dir.resolve("ofac"));
    for (String name : new String[] {"add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv"}) {
      Files.copy(SharedData.file("ofac/sdn_legacy_csv/" + name), set.resolve(name));
    }
    byte[] sdn = Files.readAllBytes(set.resolve("sdn.csv"));
    String text = new String(sdn, StandardCharsets.ISO_8859_1);
    int name = text.indexOf("\"AEROCARIBBEAN AIRLINES\"") + 5;
    sdn[name] = 0;
    Files.write(set.resolve("sdn.csv"), sdn);

    assertThatThrownBy(
            () ->
                ListReading.read(
                    ListFormat.OFAC_SDN_CSV,
                    set.resolve("sdn.csv"),
                    set.resolve("add.csv"),
                    set.resolve("alt.csv"),
                    set.resolve("sdn_comments.csv")))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(
            "`sdn.csv`, line 1 (at field 2): the text holds the control character U+0000 (NUL);");
  }

  @Test
  void read_nulByteInAUkName_isRefusedWithLineAndField() throws IOException {
    byte[] uk = Files.readAllBytes(SharedData.file("uk/hmt_conlist_2016-02-12_partial.csv"));
    int name = new String(uk, StandardCharsets.ISO_8859_1).indexOf("ABU ABDA") + 3;
    uk[name] = 0;
    Path file = Files.write(dir.resolve("uk.csv"), uk);

    assertThatThrownBy(() -> ListReading.read(ListFormat.UK_CSV, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(
            "`uk.csv`, line 3 (at field 1): the text holds the control character U+0000 (NUL);");
  }

  @Test
  void read_escapedNulInAnFtmName_isRefusedWithTheLine() throws IOException {
    Path file =
        write(
            "ftm.json",
            "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan\"]}}\n"
                + "{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Iv\\u0000an\"]}}\n");

    assertThatThrownBy(() -> ListReading.read(ListFormat.FTM_JSON, file))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(
            "`ftm.json`, line 2 (at name): the text holds the control character U+0000 (NUL);");
  }

  // --- Repeated ids in every format --------------------------------------------------------------

  private Path fixture(String resource) throws URISyntaxException {
    return Path.of(Issue11ListTextTest.class.getResource(resource).toURI());
  }

  /** Copies {@code source} with its first record (from {@code open} to {@code close}) twice. */
  private Path twice(Path source, String open, String close, String name) throws IOException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int start = text.indexOf(open);
    int end = text.indexOf(close, start) + close.length();
    return write(
        name, text.substring(0, end) + "\n" + text.substring(start, end) + text.substring(end));
  }

  @ParameterizedTest
  @CsvSource({
    "UN_XML, un/consolidated.xml, <INDIVIDUAL>, </INDIVIDUAL>, 1004, CDi.001",
    "EU_LEGACY_XML, eu/eu_fsd_legacy_global_2016-02-11_partial.xml, <ENTITY , </ENTITY>, 596, 1",
    "FTM_JSON, opensanctions/yente_fixtures/t1_entities.ftm.json, '{', '}\n', 7, "
        + "NK-2GdmHtZTeNXjNVrBGEXZNj",
  })
  void read_realListWithARecordTwice_reportsTheRepeatedId(
      ListFormat format, String file, String open, String close, int read, String id)
      throws IOException {
    Path copy = twice(SharedData.file(file), open, close, "twice-" + format.code());

    ListReading.Result result = ListReading.read(format, copy);

    assertThat(result.entities()).hasSize(read);
    assertThat(result.context().problemCount()).isEqualTo(1);
    assertThat(result.context().problems().getFirst().message())
        .startsWith("the id " + id + " is used again (first at line ");
  }

  @ParameterizedTest
  @CsvSource({
    "OFAC_SDN_XML, /org/sanctionsengine/lists/ofac/sdn-sample.xml, <sdnEntry>, </sdnEntry>, 9345",
    "OFAC_ADVANCED_XML, /org/sanctionsengine/lists/ofac/sdn-advanced-sample.xml,"
        + " '<DistinctParty ', </DistinctParty>, 9345",
    "EU_XML, /org/sanctionsengine/lists/eu/eu-fsd-sample.xml, '<sanctionEntity ',"
        + " </sanctionEntity>, 9011",
  })
  void read_fixtureWithARecordTwice_reportsTheRepeatedId(
      ListFormat format, String resource, String open, String close, String id)
      throws IOException, URISyntaxException {
    Path copy = twice(fixture(resource), open, close, "twice-" + format.code());
    // SDN.XML states its record count; the copy states one more, so only the id is wrong.
    Files.writeString(
        copy,
        Files.readString(copy, StandardCharsets.UTF_8)
            .replace("<Record_Count>3</Record_Count>", "<Record_Count>4</Record_Count>"),
        StandardCharsets.UTF_8);

    ListReading.Result result = ListReading.read(format, copy);

    assertThat(result.context().problemCount()).isEqualTo(1);
    assertThat(result.context().problems().getFirst().message())
        .startsWith("the id " + id + " is used again (first at line ");
  }
}
