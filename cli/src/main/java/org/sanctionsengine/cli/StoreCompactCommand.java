package org.sanctionsengine.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sanctions store compact}: rewrites the embedded H2 file without the space its past commits
 * left behind. Run it while no server uses the store.
 */
@Command(
    name = "compact",
    mixinStandardHelpOptions = true,
    description = {
      "Rewrites the embedded store's file compactly (H2 SHUTDOWN COMPACT). Every durable commit"
          + " leaves space behind that H2 reclaims only partly while the store is in use.",
      "Stop the server first: the embedded store admits one process at a time."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  compacted",
      "  4  the store could not be opened or compacted (see the message)"
    })
final class StoreCompactCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DatabaseUrl url = store.url();
    Storage.Compaction result = Storage.compact(url);
    spec.commandLine()
        .getOut()
        .printf(
            Locale.ROOT,
            "store: %s%ncompacted: %,.1f MiB -> %,.1f MiB%n",
            url.redacted(),
            result.bytesBefore() / 1048576.0,
            result.bytesAfter() / 1048576.0);
    return ExitCodes.OK;
  }
}
