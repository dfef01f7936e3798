package org.sanctionsengine.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.input.InputLimitException;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ImportRejectedException;
import org.sanctionsengine.lists.ImportResult;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

/**
 * Issue 11: imports that accepted a broken list. OFAC's legacy CSV set with a part missing or cut
 * at a line break, repeated source ids, endless input, stray text, XInclude and NUL bytes must all
 * be refused whole, with the file and line named, and the previous snapshot kept.
 */
class Issue11ListImportsTest {
  private static final List<String> SDN_SET =
      List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");

  @TempDir Path dir;
  private final TestClock clock = TestClock.standard();

  private SnapshotStore store() {
    return SnapshotStore.open(dir.resolve("home"), clock);
  }

  /** A copy of the real SDN set in {@code dir/name}, without the files named in {@code leftOut}. */
  private Path sdnSet(String name, String... leftOut) throws IOException {
    Path set = Files.createDirectories(dir.resolve(name));
    for (String file : SDN_SET) {
      if (!List.of(leftOut).contains(file)) {
        Files.copy(SharedData.file("ofac/sdn_legacy_csv/" + file), set.resolve(file));
      }
    }
    return set;
  }

  private static ListInput input(Path directory) {
    List<ListFiles.TypedInput> typed = ListFiles.group(List.of(directory), Optional.empty());
    assertThat(typed).hasSize(1);
    return typed.getFirst().input();
  }

  /** Imports the real SDN set; returns its snapshot id. */
  private String importRealSdn(SnapshotStore store) throws IOException {
    ImportResult result =
        store.importList(ListFormat.OFAC_SDN_CSV, input(sdnSet("real")), ImportOptions.defaults());
    assertThat(result.manifest().total()).isEqualTo(8976);
    clock.advance(Duration.ofHours(1));
    return result.manifest().snapshotId();
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertSdnRefused(
      SnapshotStore store, String kept, ListInput input, ImportOptions options) {
    var refused =
        assertThatThrownBy(() -> store.importList(ListFormat.OFAC_SDN_CSV, input, options))
            .isInstanceOf(ImportRejectedException.class)
            .hasMessageContaining("Nothing was imported; the current ofac-sdn snapshot " + kept);
    assertThat(store.current(ListSource.OFAC_SDN).orElseThrow().manifest().snapshotId())
        .isEqualTo(kept);
    assertThat(store.current(ListSource.OFAC_SDN).orElseThrow().entities()).hasSize(8976);
    return refused;
  }

  // --- OFAC legacy CSV: completeness and the end-of-file marker -------------------------------

  @Test
  void importList_ofacSetWithoutAltCsv_isRefusedAndPreviousKept() throws IOException {
    SnapshotStore store = store();
    String kept = importRealSdn(store);
    ListInput withoutAlt = input(sdnSet("no-alt", "alt.csv"));
    assertThat(withoutAlt.files()).hasSize(3);

    assertSdnRefused(store, kept, withoutAlt, ImportOptions.defaults().withForce(true))
        .hasMessageStartingWith(
            "`sdn.csv`: OFAC's legacy CSV set is incomplete: alt.csv is missing. Without it the"
                + " entries would lose their aliases while the entry count still looked right."
                + " Give all four files (sdn.csv, add.csv, alt.csv, sdn_comments.csv) or the"
                + " directory that holds them, as OFAC publishes them together.");
  }

  @Test
  void importList_sdnCsvAlone_isRefusedNamingEveryMissingFile() throws IOException {
    Path set = sdnSet("alone", "add.csv", "alt.csv", "sdn_comments.csv");

    assertThatThrownBy(
            () ->
                store()
                    .importList(
                        ListFormat.OFAC_SDN_CSV,
                        ListInput.of(set.resolve("sdn.csv")),
                        ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "`sdn.csv`: OFAC's legacy CSV set is incomplete: add.csv, alt.csv, sdn_comments.csv"
                + " are missing. Without them the entries would lose their addresses, aliases,"
                + " remark overflow while the entry count still looked right. Give all four files"
                + " (sdn.csv, add.csv, alt.csv, sdn_comments.csv) or the directory that holds them,"
                + " as OFAC publishes them together. Nothing was imported; there is still no"
                + " ofac-sdn snapshot.");
    assertThat(store().current(ListSource.OFAC_SDN)).isEmpty();
  }

  @Test
  void importList_truncatedSdnCsvWithForce_isStillRefused() throws IOException {
    SnapshotStore store = store();
    String kept = importRealSdn(store);
    Path set = sdnSet("cut");
    // Cut after line 4000, at a line break: every row left is whole, only the marker is gone.
    List<String> lines = Files.readAllLines(set.resolve("sdn.csv"), StandardCharsets.ISO_8859_1);
    Files.writeString(
        set.resolve("sdn.csv"),
        String.join("\r\n", lines.subList(0, 4000)) + "\r\n",
        StandardCharsets.ISO_8859_1);

    assertSdnRefused(store, kept, input(set), ImportOptions.defaults().withForce(true))
        .hasMessageStartingWith(
            "`sdn.csv`, line 4000: the file does not end with the byte 0x1A that OFAC writes after"
                + " the last row, so it looks truncated (cut after this line); a truncated list is"
                + " never imported, not even with --force. Download the set again and import all"
                + " of its files.");
  }

  @Test
  void importList_altCsvCutAtALineBreak_isRefused() throws IOException {
    SnapshotStore store = store();
    String kept = importRealSdn(store);
    Path set = sdnSet("cut-alt");
    byte[] alt = Files.readAllBytes(set.resolve("alt.csv"));
    // Drop the last 200 KB of aliases, keeping whole lines, as an interrupted download would.
    int cut = alt.length - 200_000;
    while (alt[cut - 1] != '\n') {
      cut--;
    }
    Files.write(set.resolve("alt.csv"), java.util.Arrays.copyOf(alt, cut));

    assertSdnRefused(store, kept, input(set), ImportOptions.defaults())
        .hasMessageContaining("`alt.csv`, line ")
        .hasMessageContaining(": the file does not end with the byte 0x1A");
  }

  @Test
  void importList_realOfacSets_endWithTheMarkerAndImport() {
    SnapshotStore store = store();
    for (ListFiles.TypedInput typed :
        ListFiles.group(
            List.of(
                SharedData.file("ofac/sdn_legacy_csv/sdn.csv").getParent(),
                SharedData.file("ofac/consolidated_nonsdn_csv/cons_prim.csv").getParent()),
            Optional.empty())) {
      store.importList(typed.format(), typed.input(), ImportOptions.defaults());
    }

    assertThat(store.current(ListSource.OFAC_SDN).orElseThrow().manifest().total()).isEqualTo(8976);
    assertThat(store.current(ListSource.OFAC_CONS).orElseThrow().manifest().total()).isEqualTo(442);
  }

  @Test
  void importList_markerInTheMiddleOfSdnCsv_isRefused() throws IOException {
    Path set = sdnSet("joined");
    byte[] sdn = Files.readAllBytes(set.resolve("sdn.csv"));
    // Two copies joined: the first one's 0x1A stands before the second one's rows.
    Files.write(set.resolve("sdn.csv"), concat(sdn, sdn));

    assertThatThrownBy(
            () -> store().importList(ListFormat.OFAC_SDN_CSV, input(set), ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith(
            "`sdn.csv`, line 8977: the end-of-file byte 0x1A stands here, but the file goes on"
                + " after it; two files were probably joined.");
    assertThat(store().current(ListSource.OFAC_SDN)).isEmpty();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  // --- Repeated source ids ---------------------------------------------------------------------

  @Test
  void importList_unRecordRepeatedUnderItsReference_isRefusedWithBothLines() throws IOException {
    SnapshotStore store = store();
    Path un = SharedData.file("un/consolidated.xml");
    String kept =
        store
            .importList(ListFormat.UN_XML, ListInput.of(un), ImportOptions.defaults())
            .manifest()
            .snapshotId();
    clock.advance(Duration.ofHours(1));
    String xml = Files.readString(un, StandardCharsets.UTF_8);
    int start = xml.indexOf("<INDIVIDUAL>");
    int end = xml.indexOf("</INDIVIDUAL>", start) + "</INDIVIDUAL>".length();
    // ERIC BADEGE (CDi.001) again, right after himself, with a DATAID of its own.
    String twice =
        xml.substring(0, end)
            + xml.substring(start, end).replace("6907993", "9999999")
            + xml.substring(end);
    Path file = Files.writeString(dir.resolve("un-twice.xml"), twice, StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                store.importList(
                    ListFormat.UN_XML,
                    ListInput.of(file),
                    ImportOptions.defaults().withForce(true)))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "`un-twice.xml`: 1 entries cannot be read:\n"
                + "  - `un-twice.xml`, line 41, column 30 (at /CONSOLIDATED_LIST/INDIVIDUALS/"
                + "INDIVIDUAL): the id CDi.001 is used again (first at line 4); every entry needs"
                + " its own id, or one entry would hide the other.\n"
                + "Fix or re-download the file. Nothing was imported; the current un snapshot "
                + kept
                + " (published 2026-02-27) stays in use.");
    assertThat(store.current(ListSource.UN).orElseThrow().manifest().snapshotId()).isEqualTo(kept);
    assertThat(store.current(ListSource.UN).orElseThrow().entities()).hasSize(1003);
  }

  @Test
  void importList_sdnCsvRowRepeated_isRefused() throws IOException {
    Path set = sdnSet("repeated");
    List<String> lines =
        new ArrayList<>(Files.readAllLines(set.resolve("sdn.csv"), StandardCharsets.ISO_8859_1));
    lines.add(100, lines.get(10));
    Files.writeString(
        set.resolve("sdn.csv"), String.join("\r\n", lines), StandardCharsets.ISO_8859_1);

    assertThatThrownBy(
            () -> store().importList(ListFormat.OFAC_SDN_CSV, input(set), ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageContaining(
            "`sdn.csv`: 1 entries cannot be read:\n  - `sdn.csv`, line 101: the id ")
        .hasMessageContaining(" is used again (first at line 11);");
    assertThat(store().current(ListSource.OFAC_SDN)).isEmpty();
  }

  // --- Limits on every byte: endless input and stray text -------------------------------------

  @Test
  void importList_endlessDevZero_isRefusedAtTheDocumentSizeLimit() {
    Path zero = Path.of("/dev/zero");
    assertThat(zero).exists();
    ImportOptions tight =
        ImportOptions.defaults()
            .withLimits(InputLimits.builder().maxDocumentSize(8L << 20).build());
    long started = System.nanoTime();

    assertThatThrownBy(() -> store().importList(ListFormat.UN_XML, ListInput.of(zero), tight))
        .isInstanceOf(ImportRejectedException.class)
        .hasCauseInstanceOf(InputLimitException.class)
        .hasMessageStartingWith("`zero`: document size in bytes ")
        .hasMessageContaining(
            " exceeds the limit of 8388608 (`--max-document-size`). Official lists are at most a"
                + " few hundred MB; check that this is the right file, or raise the limit."
                + " Nothing was imported; there is still no un snapshot.");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}
