package org.sanctionsengine.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.lists.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code sanctions lists}: the parent of the list snapshot commands. */
@Command(
    name = "lists",
    mixinStandardHelpOptions = true,
    description = {
      "Sanctions lists: import, download, show, compare and export verified list snapshots.",
      "Snapshots live under $SANCTIONS_HOME (default ~/.sanctions)."
    },
    subcommands = {
      ListsImportCommand.class,
      ListsUpdateCommand.class,
      ListsStatusCommand.class,
      ListsDiffCommand.class,
      ListsExportCommand.class
    })
final class ListsCommand implements Runnable {
  @Option(
      names = "--home",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "Where snapshots live (default: $SANCTIONS_HOME, else ~/.sanctions).")
  @Nullable Path home;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The snapshot store at {@code --home}, {@code $SANCTIONS_HOME} or {@code ~/.sanctions}. */
  SnapshotStore store() {
    return SnapshotStore.open(homeDir(), Clock.systemUTC());
  }

  Path homeDir() {
    return home != null
        ? home
        : SnapshotStore.defaultHome(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
