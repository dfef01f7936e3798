package org.sanctionsengine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.ftm.FtmWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sanctions lists export}: the current snapshots' entities as FollowTheMoney JSON lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the entities of the current snapshots as FollowTheMoney JSON lines,"
            + " on stdout or into --output.")
final class ListsExportCommand implements Callable<Integer> {
  @ParentCommand ListsCommand lists;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "SOURCE",
      split = ",",
      description = "Only these sources (un, ofac-sdn, ofac-cons, eu, uk, opensanctions).")
  List<String> sources = List.of();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here, not stdout.")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    List<ListSource> wanted = sources.stream().map(ListSource::parse).toList();
    List<ListSnapshot> snapshots =
        lists.store().current().stream()
            .filter(s -> wanted.isEmpty() || wanted.contains(s.manifest().source()))
            .toList();
    if (snapshots.isEmpty()) {
      throw new InvalidInputException(
          "There is no current snapshot to export"
              + (wanted.isEmpty() ? "" : " for " + sources)
              + " under "
              + lists.homeDir()
              + ". Import a list first with `sanctions lists import FILE`.");
    }
    long count = 0;
    try (Writer out = open();
        FtmWriter ftm = new FtmWriter(out)) {
      for (ListSnapshot snapshot : snapshots) {
        try (Stream<Entity> entities = snapshot.stream()) {
          for (Entity entity : (Iterable<Entity>) entities::iterator) {
            ftm.write(entity);
            count++;
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "Exported %,d entities%s.%n",
            count,
            output == null ? "" : " to " + output);
    return ExitCodes.OK;
  }

  private Writer open() throws IOException {
    if (output != null) {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
    return new NonClosingWriter(spec.commandLine().getOut());
  }

  /** Flushes, but leaves the command's stdout open for the caller. */
  private static final class NonClosingWriter extends BufferedWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
