package org.sanctionsengine.lists;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sanctionsengine.entity.Entity;

/**
 * Entities as bytes, in the snapshot's own lossless format (gzip-compressed JSON lines, {@code
 * entities.jsonl.gz}), to ship them from one process to another: the Spark job broadcasts these
 * bytes and each executor decodes them and builds its own name index (decision 0060).
 */
public final class EntityLines {
  private EntityLines() {}

  /** The entities, in order, as gzip-compressed JSON lines. */
  public static byte[] encode(Collection<? extends Entity> entities) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16);
        JsonGenerator json =
            ManifestJson.MAPPER.getFactory().createGenerator(gzip, JsonEncoding.UTF8)) {
      json.setRootValueSeparator(new SerializedString("\n"));
      for (Entity entity : entities) {
        EntityJson.write(json, entity);
      }
      if (!entities.isEmpty()) {
        json.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode entities: " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * The entities that {@link #encode} wrote, in order.
   *
   * @throws SnapshotException when the bytes are not what {@link #encode} writes
   */
  public static List<Entity> decode(byte[] encoded) {
    List<Entity> entities = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(encoded), 1 << 16),
                StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isEmpty()) {
          entities.add(EntityJsonDecoder.read(ManifestJson.MAPPER.readTree(line)));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new SnapshotException(
          "Encoded entities cannot be read ("
              + e.getMessage()
              + "); expected gzip-compressed JSON lines written by EntityLines.encode. The bytes"
              + " were damaged on the way: run the job again.",
          e);
    }
    return entities;
  }
}
