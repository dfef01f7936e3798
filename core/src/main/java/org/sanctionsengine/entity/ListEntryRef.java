package org.sanctionsengine.entity;

/**
 * Where an entity came from: the list, the entry's id in that list (the UN reference number such as
 * {@code KPi.033}, OFAC's entity number such as {@code 12345}, the EU logical id, the UK group id,
 * the FollowTheMoney id) and the snapshot it was loaded in.
 *
 * @param source the list
 * @param sourceId the entry's id in that list, never blank
 * @param snapshotId the id of the snapshot that holds the entry, never blank
 */
public record ListEntryRef(ListSource source, String sourceId, String snapshotId) {
  public ListEntryRef {
    sourceId = sourceId.strip();
    if (sourceId.isEmpty()) {
      throw new IllegalArgumentException("A list entry needs a source id (" + source.code() + ")");
    }
    if (snapshotId.isBlank()) {
      throw new IllegalArgumentException("A list entry needs a snapshot id (" + sourceId + ")");
    }
  }

  /** The global key of the entry, {@code source:sourceId}, e.g. {@code un:KPi.033}. */
  public String key() {
    return source.code() + ":" + sourceId;
  }

  @Override
  public String toString() {
    return key() + "@" + snapshotId;
  }
}
