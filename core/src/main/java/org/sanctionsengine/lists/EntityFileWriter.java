package org.sanctionsengine.lists;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.SourceLocation;

/**
 * The sink readers write into during an import: each entity becomes one line of {@code
 * entities.jsonl.gz}, counted by kind and checked against the entry limit. Memory stays flat
 * whatever the list's size.
 */
final class EntityFileWriter implements Consumer<Entity>, AutoCloseable {
  /**
   * Test-only: pause (sleep) after this many entries, so a test can kill the process mid-import.
   */
  static final String PAUSE_AFTER_PROPERTY = "sanctions.test.pauseAfterEntries";

  /** Test-only: the file created when the pause begins. */
  static final String PAUSE_MARKER_PROPERTY = "sanctions.test.pauseMarker";

  private final Path file;
  private final JsonGenerator json;
  private final ImportOptions options;
  private final SourceLocation where;
  private final Map<EntityKind, Long> counts = new EnumMap<>(EntityKind.class);
  private final long pauseAfter = Long.getLong(PAUSE_AFTER_PROPERTY, -1L);
  private long total;

  EntityFileWriter(Path file, ImportOptions options, SourceLocation where) throws IOException {
    this.file = file;
    this.options = options;
    this.where = where;
    OutputStream out = new BufferedOutputStream(new FastGzipOutputStream(file), 1 << 16);
    this.json = ManifestJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
    json.setRootValueSeparator(new SerializedString("\n"));
  }

  @Override
  public void accept(Entity entity) {
    total++;
    options.limits().check(InputLimits.Limit.ENTRY_COUNT, total, where);
    counts.merge(entity.kind(), 1L, Long::sum);
    try {
      EntityJson.write(json, entity);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
    if (total % ImportOptions.PROGRESS_EVERY == 0) {
      options.progress().accept(total);
    }
    if (total == pauseAfter) {
      pauseForTest();
    }
  }

  /** Gzip at the fastest level: snapshots are small, import time matters more than bytes. */
  private static final class FastGzipOutputStream extends GZIPOutputStream {
    FastGzipOutputStream(Path file) throws IOException {
      super(Files.newOutputStream(file), 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  Map<EntityKind, Long> counts() {
    return Map.copyOf(counts);
  }

  long total() {
    return total;
  }

  @Override
  public void close() throws IOException {
    if (total > 0) {
      json.writeRaw('\n');
    }
    json.close();
    SnapshotFiles.fsync(file);
  }

  private void pauseForTest() {
    try {
      json.flush();
      String marker = System.getProperty(PAUSE_MARKER_PROPERTY, "");
      if (!marker.isEmpty()) {
        Files.writeString(Path.of(marker), Long.toString(total));
      }
      Thread.sleep(Long.MAX_VALUE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
