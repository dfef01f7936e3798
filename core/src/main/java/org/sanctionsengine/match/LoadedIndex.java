package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.names.NameNormalizer;

/**
 * The name index of the current snapshots of every list, rebuilt when a snapshot changes. A rebuild
 * happens aside; searches keep using the previous index until the new one is complete, then the
 * reference is swapped at once, so that no search ever sees a half-built index.
 */
public final class LoadedIndex {
  /** An index and the snapshots it was built from. */
  public record Loaded(List<String> snapshotIds, NameIndex index) {
    public Loaded {
      snapshotIds = List.copyOf(snapshotIds);
    }
  }

  private final SnapshotStore store;
  private final NameNormalizer normalizer;
  private final AtomicReference<Loaded> loaded = new AtomicReference<>();

  public LoadedIndex(SnapshotStore store, NameNormalizer normalizer) {
    this.store = store;
    this.normalizer = normalizer;
  }

  /** The index of the current snapshots, building it first if they changed since the last call. */
  public Loaded current() {
    List<ListSnapshot> snapshots = store.current();
    List<String> ids = snapshots.stream().map(s -> s.manifest().snapshotId()).toList();
    Loaded present = loaded.get();
    if (present != null && present.snapshotIds().equals(ids)) {
      return present;
    }
    synchronized (this) {
      present = loaded.get();
      if (present != null && present.snapshotIds().equals(ids)) {
        return present;
      }
      List<Entity> entities = new ArrayList<>();
      for (ListSnapshot snapshot : snapshots) {
        entities.addAll(snapshot.entities());
      }
      Loaded rebuilt = new Loaded(ids, NameIndex.build(entities, normalizer));
      loaded.set(rebuilt);
      return rebuilt;
    }
  }
}
