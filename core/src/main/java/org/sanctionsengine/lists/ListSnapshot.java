package org.sanctionsengine.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.sanctionsengine.entity.Entity;

/**
 * One loaded, verified, immutable list snapshot: its {@link SnapshotManifest} and its entities,
 * read from disk on demand (a snapshot of the largest lists does not sit in memory until asked).
 */
public final class ListSnapshot {
  static final String ENTITIES_FILE = "entities.jsonl.gz";
  static final String MANIFEST_FILE = "manifest.json";

  private final SnapshotManifest manifest;
  private final Path directory;

  ListSnapshot(SnapshotManifest manifest, Path directory) {
    this.manifest = manifest;
    this.directory = directory;
  }

  public SnapshotManifest manifest() {
    return manifest;
  }

  /** The snapshot's directory (read-only by contract). */
  public Path directory() {
    return directory;
  }

  /**
   * The entities, streamed from disk in list order. Close the stream (try-with-resources) to free
   * the file.
   */
  public Stream<Entity> stream() {
    Path file = directory.resolve(ENTITIES_FILE);
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                  StandardCharsets.UTF_8));
      return lines.lines().map(line -> decode(file, line)).onClose(() -> close(lines));
    } catch (IOException e) {
      throw new SnapshotException(unreadable(file, e.getMessage()), e);
    }
  }

  /** Every entity of the snapshot, loaded into memory. */
  public List<Entity> entities() {
    try (Stream<Entity> entities = stream()) {
      return entities.toList();
    } catch (UncheckedIOException e) {
      throw new SnapshotException(
          unreadable(directory.resolve(ENTITIES_FILE), e.getCause().getMessage()), e);
    }
  }

  private static Entity decode(Path file, String line) {
    try {
      JsonNode node = ManifestJson.MAPPER.readTree(line);
      return EntityJsonDecoder.read(node);
    } catch (IOException | RuntimeException e) {
      throw new SnapshotException(unreadable(file, e.getMessage()), e);
    }
  }

  private static String unreadable(Path file, String reason) {
    return "Snapshot file "
        + file
        + " cannot be read ("
        + reason
        + "); expected gzip-compressed JSON lines written by `sanctions lists import`."
        + " Re-import the list to make a fresh snapshot.";
  }

  private static void close(BufferedReader lines) {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "ListSnapshot[" + manifest.snapshotId() + "]";
  }
}
