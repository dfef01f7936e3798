package org.sanctionsengine.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.entity.ListSource;

/**
 * The file-system {@link SnapshotStore}. Layout under the home directory:
 *
 * <pre>
 * lists/&lt;source&gt;/current                        the current snapshot's id (replaced atomically)
 * lists/&lt;source&gt;/.lock                          held by the one import of this source at a time
 * lists/&lt;source&gt;/snapshots/&lt;id&gt;/manifest.json
 * lists/&lt;source&gt;/snapshots/&lt;id&gt;/entities.jsonl.gz
 * lists/&lt;source&gt;/snapshots/.staging-&lt;id&gt;/      an import in progress (or a dead one's leftovers)
 * </pre>
 */
final class DirectorySnapshotStore implements SnapshotStore {
  static final String POINTER = "current";
  static final String STAGING_PREFIX = ".staging-";

  private final Path home;
  private final Clock clock;

  DirectorySnapshotStore(Path home, Clock clock) {
    this.home = home;
    this.clock = clock;
  }

  Path sourceDir(ListSource source) {
    return home.resolve("lists").resolve(source.code());
  }

  Path snapshotsDir(ListSource source) {
    return sourceDir(source).resolve("snapshots");
  }

  @Override
  public List<ListSnapshot> current() {
    List<ListSnapshot> snapshots = new ArrayList<>();
    for (ListSource source : ListSource.values()) {
      current(source).ifPresent(snapshots::add);
    }
    return List.copyOf(snapshots);
  }

  @Override
  public Optional<ListSnapshot> current(ListSource source) {
    Path pointer = sourceDir(source).resolve(POINTER);
    String id;
    try {
      id = Files.readString(pointer).strip();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SnapshotException(
          "Cannot read the current-snapshot pointer "
              + pointer
              + " ("
              + e.getMessage()
              + "). Check the permissions of $SANCTIONS_HOME.",
          e);
    }
    Path directory = snapshotsDir(source).resolve(id);
    if (!Files.isDirectory(directory)) {
      throw new SnapshotException(
          "The current-snapshot pointer "
              + pointer
              + " names snapshot '"
              + id
              + "', but its directory "
              + directory
              + " is missing. Re-import the "
              + source.title()
              + " with `sanctions lists import`.");
    }
    return Optional.of(load(directory));
  }

  @Override
  public List<SnapshotManifest> history(ListSource source) {
    List<SnapshotManifest> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<SnapshotManifest> next = current(source).map(ListSnapshot::manifest);
    while (next.isPresent() && seen.add(next.get().snapshotId())) {
      chain.add(next.get());
      next = next.get().previousSnapshotId().flatMap(this::snapshot).map(ListSnapshot::manifest);
    }
    return List.copyOf(chain);
  }

  @Override
  public Optional<ListSnapshot> snapshot(String snapshotId) {
    if (snapshotId.isBlank() || snapshotId.startsWith(".") || snapshotId.contains("/")) {
      return Optional.empty();
    }
    for (ListSource source : ListSource.values()) {
      if (snapshotId.startsWith(source.code() + "-")) {
        Path directory = snapshotsDir(source).resolve(snapshotId);
        if (Files.isRegularFile(directory.resolve(ListSnapshot.MANIFEST_FILE))) {
          return Optional.of(load(directory));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public ImportResult importList(ListFormat format, ListInput input, ImportOptions options) {
    return new SnapshotImport(this, clock, format, options).run(input);
  }

  static ListSnapshot load(Path directory) {
    Path manifest = directory.resolve(ListSnapshot.MANIFEST_FILE);
    try {
      return new ListSnapshot(ManifestJson.read(Files.readAllBytes(manifest)), directory);
    } catch (IOException | RuntimeException e) {
      throw new SnapshotException(
          "Cannot read snapshot manifest "
              + manifest
              + " ("
              + e.getMessage()
              + "). Re-import the list with `sanctions lists import` to make a fresh snapshot.",
          e);
    }
  }
}
