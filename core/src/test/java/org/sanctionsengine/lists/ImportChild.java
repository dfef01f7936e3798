package org.sanctionsengine.lists;

import java.nio.file.Path;

/**
 * The child process of {@link ImportCrashTest}: imports a UN list file into a store, normally
 * paused by {@code -Dsanctions.test.pauseAfterEntries} until the parent kills it.
 */
public final class ImportChild {
  private ImportChild() {}

  public static void main(String[] args) {
    SnapshotStore.open(Path.of(args[0]))
        .importList(ListFormat.UN_XML, ListInput.of(Path.of(args[1])), ImportOptions.defaults());
  }
}
