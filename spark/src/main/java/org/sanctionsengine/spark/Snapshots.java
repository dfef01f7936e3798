package org.sanctionsengine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ListDiff;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotException;
import org.sanctionsengine.lists.SnapshotStore;

/**
 * The lists a job screens against, loaded on the driver: the current snapshots of a snapshot store
 * ({@code $SANCTIONS_HOME}), or list files imported, with every check of {@code sanctions lists
 * import}, into a scratch store that is removed afterwards.
 */
final class Snapshots {
  private Snapshots() {}

  /** The entities of the current snapshots that {@code paths} name (none: the default store). */
  static ListsPayload current(List<Path> paths, Map<String, String> environment) {
    List<String> ids = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<Path> listFiles = new ArrayList<>();
    for (Path path : paths.isEmpty() ? List.of(defaultHome(environment)) : paths) {
      if (isStore(path)) {
        addAll(SnapshotStore.open(path).current(), ids, entities);
      } else {
        listFiles.add(path);
      }
    }
    if (!listFiles.isEmpty()) {
      importAndAdd(listFiles, ids, entities);
    }
    if (ids.isEmpty()) {
      throw new SnapshotException(
          "No list snapshots in "
              + (paths.isEmpty() ? defaultHome(environment) : paths)
              + ": there is nothing to screen against. Import a list first with `sanctions lists"
              + " import FILE`, or give list files with --snapshots.");
    }
    return ListsPayload.of(ids, entities);
  }

  /** What changed between two snapshots of the store that {@code paths} name. */
  static ChangesPayload changes(
      List<Path> paths, JobOptions.Change change, Map<String, String> environment) {
    if (paths.size() > 1 || (paths.size() == 1 && !isStore(paths.get(0)))) {
      throw new JobUsageException(
          "Re-screening reads both snapshots from one snapshot store: give --snapshots HOME once"
              + " (the directory `sanctions lists import` wrote to), found "
              + paths
              + ".");
    }
    Path home = paths.isEmpty() ? defaultHome(environment) : paths.get(0);
    SnapshotStore store = SnapshotStore.open(home);
    ListSnapshot before = snapshot(store, home, change.oldSnapshotId());
    ListSnapshot after = snapshot(store, home, change.newSnapshotId());
    if (before.manifest().source() != after.manifest().source()) {
      throw new InvalidInputException(
          "--old "
              + change.oldSnapshotId()
              + " and --new "
              + change.newSnapshotId()
              + " are snapshots of different lists ("
              + before.manifest().source().code()
              + ", "
              + after.manifest().source().code()
              + "): a list update compares two snapshots of one list.");
    }
    return ChangesPayload.of(ListDiff.between(before, after));
  }

  private static ListSnapshot snapshot(SnapshotStore store, Path home, String id) {
    return store
        .snapshot(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "No snapshot '"
                        + id
                        + "' in "
                        + home
                        + ". See `sanctions lists status` for the current ids; older ones are in"
                        + " the manifests' previousSnapshotId."));
  }

  private static boolean isStore(Path path) {
    return Files.isDirectory(path.resolve("lists"));
  }

  private static Path defaultHome(Map<String, String> environment) {
    return SnapshotStore.defaultHome(environment, Path.of(System.getProperty("user.home")));
  }

  private static void addAll(List<ListSnapshot> snapshots, List<String> ids, List<Entity> all) {
    for (ListSnapshot snapshot : snapshots) {
      ids.add(snapshot.manifest().snapshotId());
      all.addAll(snapshot.entities());
    }
  }

  private static void importAndAdd(List<Path> files, List<String> ids, List<Entity> entities) {
    for (Path file : files) {
      if (!Files.exists(file)) {
        throw new InvalidInputException(
            "--snapshots "
                + file
                + " does not exist: expected a snapshot store ($SANCTIONS_HOME) or list files"
                + " (UN XML, OFAC CSV set, ...). Check the path.");
      }
    }
    Path scratch = scratchDirectory();
    try {
      SnapshotStore store = SnapshotStore.open(scratch, Clock.systemUTC());
      for (ListFiles.TypedInput input : ListFiles.group(files, Optional.empty())) {
        store.importList(input.format(), input.input(), ImportOptions.defaults());
      }
      addAll(store.current(), ids, entities);
    } finally {
      deleteTree(scratch);
    }
  }

  private static Path scratchDirectory() {
    try {
      return Files.createTempDirectory("sanctions-spark-lists");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a scratch directory: " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + root + ": " + e.getMessage(), e);
    }
  }
}
