package org.sanctionsengine.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.input.InputLimitException;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ImportRejectedException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

class HostileInputTest {
  private static final String GOOD = "un-20260301T100000Z-66b392a4";
  private static final String KEPT =
      " Nothing was imported; the current un snapshot "
          + GOOD
          + " (published 2026-02-27) stays"
          + " in use.";
  private static final String ENTRY_START =
      "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
          + "<REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER><FIRST_NAME>";
  private static final String ENTRY_END =
      "</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";

  @TempDir Path home;
  private final TestClock clock = TestClock.standard();
  private SnapshotStore store;

  @BeforeEach
  void importGoodSnapshot() {
    store = SnapshotStore.open(home, clock);
    store.importList(
        ListFormat.UN_XML,
        ListInput.of(SharedData.file("un/consolidated.xml")),
        ImportOptions.defaults());
    clock.advance(Duration.ofHours(1));
  }

  private Path write(String name, String content) throws IOException {
    Path file = home.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRejected(
      ListFormat format, Path file, ImportOptions options) {
    var rejected =
        assertThatThrownBy(() -> store.importList(format, ListInput.of(file), options))
            .isInstanceOf(ImportRejectedException.class);
    assertThat(store.current(ListSource.UN).orElseThrow().manifest().snapshotId()).isEqualTo(GOOD);
    assertThat(store.current(ListSource.UN).orElseThrow().entities()).hasSize(1003);
    try (Stream<Path> left = Files.list(home.resolve("lists/un/snapshots"))) {
      assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly(GOOD);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rejected;
  }

  @Test
  void importList_xmlExternalEntity_isRefusedAtTheDoctype() throws IOException {
    Path file =
        write(
            "xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n"
                + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + ENTRY_START
                + "&xxe;"
                + ENTRY_END);

    assertRejected(ListFormat.UN_XML, file, ImportOptions.defaults())
        .hasMessage(
            "`xxe.xml`, line 3, column 45: the document declares a DTD (<!DOCTYPE ...>);"
                + " official lists never do, and DTDs can expand entities or fetch external files, so"
                + " they are refused. Use the list file as published, without a"
                + " DOCTYPE."
                + KEPT)
        .cause()
        .isInstanceOf(ListFormatException.class);
  }

  @Test
  void importList_billionLaughs_isRefusedAtTheDoctype() throws IOException {
    StringBuilder dtd =
        new StringBuilder(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n" + "<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    Path file = write("lolz.xml", dtd + "]>\n" + ENTRY_START + "&lol9;" + ENTRY_END);

    assertRejected(ListFormat.UN_XML, file, ImportOptions.defaults())
        .hasMessageStartingWith("`lolz.xml`, line 13, column 4: the document declares a DTD");
  }

  @Test
  void importList_deepNesting_isRefusedAtTheLimit() throws IOException {
    Path file =
        write(
            "deep.xml",
            ENTRY_START.replace("<FIRST_NAME>", "")
                + "<X>".repeat(100)
                + "</X>".repeat(100)
                + "<FIRST_NAME>A"
                + ENTRY_END);

    assertRejected(ListFormat.UN_XML, file, ImportOptions.defaults())
        .hasMessageStartingWith("`deep.xml`, line 1, column ")
        .hasMessageContaining(
            ": XML nesting depth 65 exceeds the limit of 64 (`--max-xml-depth`)."
                + " Official lists nest only a handful of levels deep; this file is probably not a"
                + " sanctions list."
                + KEPT)
        .cause()
        .isInstanceOf(InputLimitException.class);
  }

  @Test
  void importList_truncatedUnList_namesTheOpenElement() throws IOException {
    String xml = Files.readString(SharedData.file("un/consolidated.xml"), StandardCharsets.UTF_8);
    Path file = write("un-cut.xml", xml.substring(0, xml.indexOf("<REFERENCE_NUMBER>KPi.033")));

    assertRejected(ListFormat.UN_XML, file, ImportOptions.defaults())
        .hasMessageStartingWith("`un-cut.xml`, line 10357, column ")
        .hasMessageEndingWith(
            ": the file ends inside element /CONSOLIDATED_LIST/INDIVIDUALS/"
                + "INDIVIDUAL; it looks truncated. Check that the file is complete (download it again)"
                + " and is an official list file."
                + KEPT);
  }

  @Test
  void importList_oversizedString_namesTheLimitAndSetting() throws IOException {
    Path file = write("long.xml", ENTRY_START + "A".repeat(200_000) + ENTRY_END);

    assertRejected(ListFormat.UN_XML, file, ImportOptions.defaults())
        .hasMessageContaining("text length in characters ")
        .hasMessageContaining(
            " exceeds the limit of 100000 (`--max-string-length`). No name or"
                + " remark of an official list is that long; the file is probably broken or hostile.");
  }

  @Test
  void importList_moreEntriesThanAllowed_namesTheEntryLimit() throws IOException {
    ImportOptions tight =
        ImportOptions.defaults().withLimits(InputLimits.builder().maxEntries(100).build());
    // One byte more than the current snapshot's file, so that the import is not "unchanged".
    String xml = Files.readString(SharedData.file("un/consolidated.xml"), StandardCharsets.UTF_8);
    Path copy = write("consolidated.xml", xml + "\n");

    assertRejected(ListFormat.UN_XML, copy, tight)
        .hasMessage(
            "`consolidated.xml`: entry count 101 exceeds the limit of 100"
                + " (`--max-entries`). Official lists hold tens of thousands of entries; check the"
                + " file, or raise the limit."
                + KEPT);
  }

  @Test
  void importList_documentLargerThanAllowed_isRefusedBeforeReading() {
    ImportOptions tight =
        ImportOptions.defaults().withLimits(InputLimits.builder().maxDocumentSize(1000).build());

    assertRejected(ListFormat.UN_XML, SharedData.file("un/consolidated.xml"), tight)
        .hasMessage(
            "`consolidated.xml`: document size in bytes 2030620 exceeds the limit of 1000"
                + " (`--max-document-size`). Official lists are at most a few hundred MB; check that"
                + " this is the right file, or raise the limit."
                + KEPT);
  }
}
