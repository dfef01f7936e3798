package org.sanctionsengine.spark;

import java.io.Serializable;
import java.util.List;
import org.sanctionsengine.lists.EntityLines;
import org.sanctionsengine.lists.ListDiff;
import org.sanctionsengine.match.Rescreening;
import org.sanctionsengine.names.NameNormalizer;

/**
 * What changed between two snapshots, as the driver broadcasts it for re-screening: the entries as
 * they were (removed, and changed ones before) and as they are (added, and changed ones after), in
 * the snapshot's own format. Each executor builds the {@link Rescreening} once ({@link
 * #rescreening}).
 *
 * @param key the SHA-256 of both sides, naming the indexes in {@link ExecutorCache}
 * @param before {@link EntityLines#encode} of {@link Rescreening#entitiesBefore}
 * @param after {@link EntityLines#encode} of {@link Rescreening#entitiesAfter}
 */
record ChangesPayload(
    String key, String oldSnapshotId, String newSnapshotId, byte[] before, byte[] after)
    implements Serializable {

  static ChangesPayload of(ListDiff diff) {
    byte[] before = EntityLines.encode(Rescreening.entitiesBefore(List.of(diff)));
    byte[] after = EntityLines.encode(Rescreening.entitiesAfter(List.of(diff)));
    return new ChangesPayload(
        ListsPayload.sha256(before, new byte[] {0}, after),
        diff.from().snapshotId(),
        diff.to().snapshotId(),
        before,
        after);
  }

  /** The re-screening of these changes, built once per JVM. */
  Rescreening rescreening() {
    return ExecutorCache.get(
        "changes:" + key,
        Rescreening.class,
        () ->
            Rescreening.of(
                EntityLines.decode(before), EntityLines.decode(after), NameNormalizer.create()));
  }
}
