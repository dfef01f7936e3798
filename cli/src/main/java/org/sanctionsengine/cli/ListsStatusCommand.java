package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sanctions lists status}: the current snapshot of each source. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show, per source, the current snapshot: publication date, entry counts,"
            + " content hash and when it was loaded.")
final class ListsStatusCommand implements Callable<Integer> {
  @ParentCommand ListsCommand lists;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ListSnapshot> current = lists.store().current();
    if (current.isEmpty()) {
      out.println(
          "No list snapshots under "
              + lists.homeDir()
              + ". Import one with `sanctions lists import FILE` or `sanctions lists update`.");
      return ExitCodes.OK;
    }
    for (ListSnapshot snapshot : current) {
      SnapshotManifest m = snapshot.manifest();
      out.printf(Locale.ROOT, "%s (%s)%n", m.source().code(), m.source().title());
      out.printf(Locale.ROOT, "  snapshot   %s (%s)%n", m.snapshotId(), m.format().code());
      out.printf(
          Locale.ROOT,
          "  published  %s%n",
          m.publishedOn().map(Object::toString).orElse("not stated in the file"));
      out.printf(Locale.ROOT, "  entries    %s%n", Counts.describe(m));
      out.printf(Locale.ROOT, "  sha256     %s%n", m.contentSha256());
      out.printf(Locale.ROOT, "  loaded at  %s%s%n", m.loadedAt(), m.forced() ? " (--force)" : "");
      m.warnings().forEach(w -> out.printf(Locale.ROOT, "  warning    %s%n", w));
    }
    return ExitCodes.OK;
  }
}
