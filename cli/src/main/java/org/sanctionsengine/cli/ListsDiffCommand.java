package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ListDiff;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotManifest;
import org.sanctionsengine.lists.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sanctions lists diff [OLD NEW]}: what changed between two snapshots. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Show the entries added, removed and changed between two snapshots.",
      "Entries are matched by source id: + added, - removed, ~ changed (with the parts that"
          + " changed). Without arguments: each source's current snapshot against the one it"
          + " replaced."
    })
final class ListsDiffCommand implements Callable<Integer> {
  @ParentCommand ListsCommand lists;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "SNAPSHOT",
      description = "OLD and NEW snapshot ids, as `sanctions lists status` shows them.")
  List<String> ids = List.of();

  @Override
  public Integer call() {
    SnapshotStore store = lists.store();
    if (ids.size() == 1) {
      throw new InvalidInputException(
          "Give two snapshot ids (OLD NEW) or none; found only '"
              + ids.getFirst()
              + "'. See `sanctions lists status` for the ids.");
    }
    List<ListDiff> diffs = new ArrayList<>();
    if (ids.size() == 2) {
      diffs.add(ListDiff.between(snapshot(store, ids.get(0)), snapshot(store, ids.get(1))));
    } else {
      for (ListSnapshot current : store.current()) {
        current
            .manifest()
            .previousSnapshotId()
            .flatMap(store::snapshot)
            .ifPresent(previous -> diffs.add(ListDiff.between(previous, current)));
      }
      if (diffs.isEmpty()) {
        spec.commandLine()
            .getOut()
            .println(
                "No source has a previous snapshot to compare with;"
                    + " a diff needs two imports of the same list.");
        return ExitCodes.OK;
      }
    }
    diffs.forEach(diff -> print(spec.commandLine().getOut(), diff));
    return ExitCodes.OK;
  }

  private static ListSnapshot snapshot(SnapshotStore store, String id) {
    return store
        .snapshot(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "No snapshot '"
                        + id
                        + "'. See `sanctions lists status` for the current ids; older ones are in the manifests'"
                        + " previousSnapshotId."));
  }

  static void print(PrintWriter out, ListDiff diff) {
    SnapshotManifest from = diff.from();
    SnapshotManifest to = diff.to();
    out.printf(
        Locale.ROOT,
        "%s: %s (%s) -> %s (%s): %d added, %d removed, %d changed%n",
        to.source().code(),
        from.snapshotId(),
        from.describeDate(),
        to.snapshotId(),
        to.describeDate(),
        diff.added().size(),
        diff.removed().size(),
        diff.changed().size());
    diff.added().forEach(e -> out.println("  + " + line(e)));
    diff.removed().forEach(e -> out.println("  - " + line(e)));
    diff.changed()
        .forEach(c -> out.println("  ~ " + line(c.after()) + ": " + String.join(", ", c.parts())));
  }

  private static String line(Entity entity) {
    return entity.ref().sourceId()
        + "  "
        + entity.primaryName().value()
        + " ("
        + entity.kind().code()
        + ")";
  }
}
