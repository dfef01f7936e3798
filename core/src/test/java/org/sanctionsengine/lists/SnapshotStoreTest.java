package org.sanctionsengine.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.testing.ListReading;
import org.sanctionsengine.testing.SharedData;
import org.sanctionsengine.testing.TestClock;

class SnapshotStoreTest {
  @TempDir Path home;
  private final TestClock clock = TestClock.standard();

  private SnapshotStore store() {
    return SnapshotStore.open(home, clock);
  }

  private static ListInput un() {
    return ListInput.of(SharedData.file("un/consolidated.xml"));
  }

  @Test
  void importList_realUnList_becomesCurrentWithManifest() {
    ImportResult result = store().importList(ListFormat.UN_XML, un(), ImportOptions.defaults());

    assertThat(result).isInstanceOf(ImportResult.Imported.class);
    SnapshotManifest manifest = store().current(ListSource.UN).orElseThrow().manifest();
    assertThat(manifest.snapshotId()).isEqualTo("un-20260301T100000Z-66b392a4");
    assertThat(manifest.publishedOn()).contains(LocalDate.of(2026, 2, 27));
    assertThat(manifest.counts().get(EntityKind.PERSON)).isEqualTo(730);
    assertThat(manifest.counts().get(EntityKind.ORGANIZATION)).isEqualTo(273);
    assertThat(manifest.contentSha256()).startsWith("66b392a4090868d2");
    assertThat(manifest.loadedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(manifest.previousSnapshotId()).isEmpty();
  }

  @Test
  void entities_afterImport_equalWhatTheReaderProduced() {
    store().importList(ListFormat.UN_XML, un(), ImportOptions.defaults());
    List<Entity> read =
        ListReading.read(ListFormat.UN_XML, SharedData.file("un/consolidated.xml")).entities();

    List<Entity> stored = store().current().getFirst().entities();

    assertThat(stored).hasSize(1003);
    for (int i = 0; i < read.size(); i++) {
      assertThat(stored.get(i).listing()).isEqualTo(read.get(i).listing());
      assertThat(stored.get(i).ref().sourceId()).isEqualTo(read.get(i).ref().sourceId());
      assertThat(stored.get(i).ref().snapshotId()).isEqualTo("un-20260301T100000Z-66b392a4");
    }
  }

  @Test
  void importList_sameFileTwice_isUnchanged() {
    store().importList(ListFormat.UN_XML, un(), ImportOptions.defaults());
    clock.advance(Duration.ofHours(1));

    ImportResult again = store().importList(ListFormat.UN_XML, un(), ImportOptions.defaults());

    assertThat(again).isInstanceOf(ImportResult.Unchanged.class);
    assertThat(store().history(ListSource.UN)).hasSize(1);
  }

  @Test
  void importList_listShrinksByHalf_isRejectedAndPreviousStaysCurrent() throws IOException {
    store().importList(ListFormat.UN_XML, un(), ImportOptions.defaults());
    clock.advance(Duration.ofHours(1));
    Path half = home.resolve("half.xml");
    Files.writeString(half, firstEntries(500), StandardCharsets.UTF_8);

    assertThatThrownBy(
            () ->
                store().importList(ListFormat.UN_XML, ListInput.of(half), ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "The new UN Security Council consolidated list holds 500 entries, 50.1 % fewer than"
                + " the 1,003 of the current snapshot un-20260301T100000Z-66b392a4 (published"
                + " 2026-02-27); the allowed drop is 10 % (`--max-drop`). This looks like a"
                + " partial or wrong file. Nothing was imported; the current un snapshot"
                + " un-20260301T100000Z-66b392a4 (published 2026-02-27) stays in use. If the drop"
                + " is real, re-run the import with --force.");
    assertThat(store().current(ListSource.UN).orElseThrow().manifest().total()).isEqualTo(1003);
    assertThat(Files.list(home.resolve("lists/un/snapshots"))).hasSize(1);
  }

  @Test
  void importList_shrunkListWithForce_becomesCurrentAndDiffableAgainstPrevious()
      throws IOException {
    store().importList(ListFormat.UN_XML, un(), ImportOptions.defaults());
    clock.advance(Duration.ofHours(1));
    Path half = home.resolve("half.xml");
    Files.writeString(half, firstEntries(500), StandardCharsets.UTF_8);

    store()
        .importList(
            ListFormat.UN_XML, ListInput.of(half), ImportOptions.defaults().withForce(true));

    SnapshotManifest current = store().current(ListSource.UN).orElseThrow().manifest();
    assertThat(current.total()).isEqualTo(500);
    assertThat(current.forced()).isTrue();
    assertThat(current.previousSnapshotId()).contains("un-20260301T100000Z-66b392a4");
    assertThat(store().history(ListSource.UN)).hasSize(2);
  }

  /** The real UN list cut after {@code count} INDIVIDUAL records, closed properly. */
  static String firstEntries(int count) throws IOException {
    String xml = Files.readString(SharedData.file("un/consolidated.xml"), StandardCharsets.UTF_8);
    int at = 0;
    for (int i = 0; i < count; i++) {
      at = xml.indexOf("</INDIVIDUAL>", at) + "</INDIVIDUAL>".length();
    }
    return xml.substring(0, at) + "\n</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n";
  }
}
