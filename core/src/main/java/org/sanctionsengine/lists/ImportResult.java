package org.sanctionsengine.lists;

/** What an accepted import did. */
public sealed interface ImportResult {
  /** The manifest of the snapshot that is current after the import. */
  SnapshotManifest manifest();

  /** A new snapshot was written and made current. */
  record Imported(SnapshotManifest manifest) implements ImportResult {}

  /** The file is byte for byte the current snapshot's; nothing was written. */
  record Unchanged(SnapshotManifest manifest) implements ImportResult {}
}
