package org.sanctionsengine.lists;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.sanctionsengine.entity.Entity;

/**
 * An entity as a JSON document (the snapshot's own encoding, {@code docs/lists.md}), and the
 * version of a list entry's content: what an entity page shows and what a cleared false positive is
 * tied to.
 */
public final class EntityDocuments {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EntityDocuments() {}

  /** The entity with every field the snapshot holds, its source, id and snapshot included. */
  public static ObjectNode json(Entity entity) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(text)) {
      EntityJson.write(json, entity);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return (ObjectNode) MAPPER.readTree(text.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SHA-256 (hex) of the entry's content, leaving out the snapshot it was loaded in: the same
   * entry in the next snapshot has the same version unless the list changed it.
   */
  public static String version(Entity entity) {
    ObjectNode document = json(entity);
    document.remove("snapshot");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(document.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
