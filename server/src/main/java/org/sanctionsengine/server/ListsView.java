package org.sanctionsengine.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.lists.EntityDocuments;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.names.NameNormalizer;

/**
 * The list snapshots the server screens against: the name index, the entities by key, and the
 * snapshots' manifests, as one immutable view swapped at once when a snapshot changes. Requests
 * read the view without touching the disk; {@link #refresh()} (every few seconds, and after an
 * import) looks for a new snapshot and builds the next view aside.
 */
public final class ListsView {
  /** What one request sees: never half of one snapshot set and half of the next. */
  public record View(
      List<String> snapshotIds,
      List<ListSnapshot> snapshots,
      NameIndex index,
      Map<String, Entity> byKey,
      ConcurrentHashMap<String, String> versions) {
    public View {
      snapshotIds = List.copyOf(snapshotIds);
      snapshots = List.copyOf(snapshots);
      byKey = Map.copyOf(byKey);
    }

    public Optional<Entity> entity(String key) {
      return Optional.ofNullable(byKey.get(key));
    }

    public boolean isEmpty() {
      return snapshotIds.isEmpty();
    }

    /**
     * The content version of a list entry ({@link EntityDocuments#version}), computed once per
     * entry and view: a hit's version is recorded with every screening and alert.
     */
    public String version(Entity entity) {
      return versions.computeIfAbsent(entity.ref().key(), k -> EntityDocuments.version(entity));
    }
  }

  private final SnapshotStore store;
  private final NameNormalizer normalizer;
  private final AtomicReference<View> current = new AtomicReference<>();

  public ListsView(SnapshotStore store, NameNormalizer normalizer) {
    this.store = store;
    this.normalizer = normalizer;
    refresh();
  }

  public View current() {
    return current.get();
  }

  /**
   * Looks for changed snapshots and, if any changed, builds and swaps in the new view. The
   * snapshots are read once, for the index and the entities alike, so that both always come from
   * the same snapshots even when an import lands meanwhile.
   */
  public synchronized void refresh() {
    List<ListSnapshot> snapshots = store.current();
    List<String> ids = snapshots.stream().map(s -> s.manifest().snapshotId()).toList();
    View present = current.get();
    if (present != null && present.snapshotIds().equals(ids)) {
      return;
    }
    List<Entity> entities = new ArrayList<>();
    Map<String, Entity> byKey = new HashMap<>();
    for (ListSnapshot snapshot : snapshots) {
      for (Entity entity : snapshot.entities()) {
        entities.add(entity);
        byKey.put(entity.ref().key(), entity);
      }
    }
    current.set(
        new View(
            ids,
            snapshots,
            NameIndex.build(entities, normalizer),
            byKey,
            new ConcurrentHashMap<>()));
  }
}
