package org.sanctionsengine.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctionsengine.lists.SnapshotManifest;

/** "1,003 entries (730 person, 273 organization)". */
final class Counts {
  private Counts() {}

  static String describe(SnapshotManifest manifest) {
    String byKind =
        manifest.counts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey().code()))
            .collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, "%,d entries (%s)", manifest.total(), byKind);
  }
}
