package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.lists.ImportResult;
import org.sanctionsengine.lists.ListFiles;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.SnapshotManifest;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sanctions lists import FILE...}: each list becomes a new current snapshot, or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import list files as new snapshots, each atomically.",
      "The format is detected from each file's content; OFAC's legacy CSV set may be given as its"
          + " files or its directory. A malformed, truncated or suspicious file is rejected whole"
          + " and the previous snapshot stays in use."
    })
final class ListsImportCommand implements Callable<Integer> {
  @ParentCommand ListsCommand lists;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "List files or directories.")
  List<Path> files = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Skip detection and read the files as this format (${COMPLETION-CANDIDATES}).",
      converter = ListFormatConverter.class,
      completionCandidates = ListFormatConverter.Codes.class)
  @Nullable ListFormat format;

  @ArgGroup(exclusive = false, heading = "Checks%n")
  ImportChecks checks = new ImportChecks();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var inputs = ListFiles.group(files, Optional.ofNullable(format));
    SanctionsException firstFailure = null;
    for (ListFiles.TypedInput input : inputs) {
      try {
        err.printf(
            Locale.ROOT,
            "Reading %s (%s) ...%n",
            input.input().files().stream().map(p -> p.getFileName().toString()).toList(),
            input.format().code());
        ImportResult result =
            lists
                .store()
                .importList(
                    input.format(),
                    input.input(),
                    checks.options(
                        count -> err.printf(Locale.ROOT, "  %,d entries read%n", count)));
        out.println(describe(result));
        result.manifest().warnings().forEach(w -> err.println("warning: " + w));
      } catch (SanctionsException e) {
        err.println("sanctions: " + e.getMessage());
        firstFailure = firstFailure == null ? e : firstFailure;
      }
    }
    err.flush();
    return firstFailure == null ? ExitCodes.OK : ExitCodes.forException(firstFailure);
  }

  static String describe(ImportResult result) {
    SnapshotManifest m = result.manifest();
    String verb = result instanceof ImportResult.Unchanged ? "Unchanged" : "Imported";
    return String.format(
        Locale.ROOT,
        "%s %s: snapshot %s, %s, %s, sha256 %s",
        verb,
        m.source().title(),
        m.snapshotId(),
        m.describeDate(),
        Counts.describe(m),
        m.contentSha256().substring(0, 16));
  }
}
