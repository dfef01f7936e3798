package org.sanctionsengine.spark;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.lists.EntityLines;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.names.NameNormalizer;

/**
 * The list entities a job screens against, as the driver broadcasts them: the snapshots' entities
 * in the snapshot's own format (gzip JSON lines), a few megabytes for every official list. Each
 * executor decodes them and builds its name index once ({@link #index}); the index itself is never
 * serialized (decision 0060).
 *
 * @param key the SHA-256 of {@code entities}, naming the index in {@link ExecutorCache}
 * @param snapshotIds the snapshots the entities come from
 * @param entities {@link EntityLines#encode} of the entities
 */
record ListsPayload(String key, List<String> snapshotIds, byte[] entities) implements Serializable {
  ListsPayload {
    snapshotIds = List.copyOf(snapshotIds);
  }

  static ListsPayload of(List<String> snapshotIds, List<? extends Entity> entities) {
    byte[] bytes = EntityLines.encode(entities);
    return new ListsPayload(sha256(bytes), snapshotIds, bytes);
  }

  /** The name index of these entities, built once per JVM. */
  NameIndex index() {
    return ExecutorCache.get(
        "index:" + key,
        NameIndex.class,
        () -> NameIndex.build(EntityLines.decode(entities), NameNormalizer.create()));
  }

  static String sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
