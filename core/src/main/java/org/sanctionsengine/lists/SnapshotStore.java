package org.sanctionsengine.lists;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.entity.ListSource;

/**
 * The verified list snapshots under {@code $SANCTIONS_HOME}: per source, immutable snapshot
 * directories and a "current" pointer switched atomically by {@link #importList}. Start here to get
 * the entities to screen against: {@code SnapshotStore.open(home).current()}.
 *
 * <p>Readers never see a half-written snapshot: a snapshot becomes visible only when its directory
 * is complete and the pointer is replaced by an atomic rename (see {@code
 * docs/decisions/0020-snapshot-swap.md}).
 */
public interface SnapshotStore {

  /** The store under {@code home}, using the system clock for load times. */
  static SnapshotStore open(Path home) {
    return open(home, Clock.systemUTC());
  }

  /** The store under {@code home}; {@code clock} stamps the load time of new snapshots. */
  static SnapshotStore open(Path home, Clock clock) {
    return new DirectorySnapshotStore(home, clock);
  }

  /** {@code $SANCTIONS_HOME} when set and not blank, else {@code ~/.sanctions}. */
  static Path defaultHome(Map<String, String> environment, Path userHome) {
    String configured = environment.getOrDefault("SANCTIONS_HOME", "");
    return configured.isBlank() ? userHome.resolve(".sanctions") : Path.of(configured);
  }

  /** The current snapshot of every source that has one, in {@link ListSource} order. */
  List<ListSnapshot> current();

  /** The current snapshot of one source. */
  Optional<ListSnapshot> current(ListSource source);

  /** A source's snapshots, newest (the current one) first, following each one's predecessor. */
  List<SnapshotManifest> history(ListSource source);

  /** The snapshot with this id, current or not. */
  Optional<ListSnapshot> snapshot(String snapshotId);

  /**
   * Reads, verifies and stores a list file as the new current snapshot of its source, atomically:
   * on any failure nothing changes and the previous snapshot stays current.
   *
   * @throws ImportRejectedException when the file is malformed, over a limit or fails the sanity
   *     check
   */
  ImportResult importList(ListFormat format, ListInput input, ImportOptions options);
}
