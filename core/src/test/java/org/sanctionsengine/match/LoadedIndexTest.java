package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.names.NameNormalizer;

class LoadedIndexTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path home;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(LoadedIndexTest.class.getResource("/org/sanctionsengine/lists/" + name).toURI());
  }

  @Test
  void current_unchangedSnapshots_keepsTheSameIndex() throws URISyntaxException {
    SnapshotStore store = SnapshotStore.open(home, CLOCK);
    store.importList(
        ListFormat.OFAC_SDN_XML,
        ListInput.of(fixture("ofac/sdn-sample.xml")),
        ImportOptions.defaults());
    LoadedIndex loaded = new LoadedIndex(store, NameNormalizer.create());

    LoadedIndex.Loaded first = loaded.current();

    assertThat(loaded.current()).isSameAs(first);
    assertThat(first.index().entityCount()).isPositive();
  }

  @Test
  void current_afterAnImport_rebuildsWithTheNewSnapshot() throws URISyntaxException {
    SnapshotStore store = SnapshotStore.open(home, CLOCK);
    store.importList(
        ListFormat.OFAC_SDN_XML,
        ListInput.of(fixture("ofac/sdn-sample.xml")),
        ImportOptions.defaults());
    LoadedIndex loaded = new LoadedIndex(store, NameNormalizer.create());
    LoadedIndex.Loaded before = loaded.current();

    store.importList(
        ListFormat.EU_XML, ListInput.of(fixture("eu/eu-fsd-sample.xml")), ImportOptions.defaults());
    LoadedIndex.Loaded after = loaded.current();

    assertThat(after).isNotSameAs(before);
    assertThat(after.snapshotIds()).hasSize(2).containsAll(before.snapshotIds());
    assertThat(after.index().entityCount()).isGreaterThan(before.index().entityCount());
  }
}
