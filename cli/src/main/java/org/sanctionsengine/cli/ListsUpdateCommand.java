package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.lists.ImportResult;
import org.sanctionsengine.lists.ListDownloader;
import org.sanctionsengine.lists.ListUpdate;
import org.sanctionsengine.lists.OfficialSources;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sanctions lists update [SOURCE...]}: download the official lists and import them. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = {
      "Download lists from their official URLs and import them.",
      "Same checks as `lists import`. Default sources: un, ofac-sdn, ofac-cons, eu, uk. Connect"
          + " and read timeouts, retries with backoff; a cut-off download is never imported."
    })
final class ListsUpdateCommand implements Callable<Integer> {
  @ParentCommand ListsCommand lists;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "SOURCE",
      description = "Sources to update (un, ofac-sdn, ofac-cons, eu, uk, opensanctions).")
  List<String> sources = List.of();

  @Option(
      names = "--url",
      paramLabel = "SOURCE=URL",
      description = "Download SOURCE from URL instead (repeat for each file of OFAC's CSV set).")
  List<String> urls = List.of();

  @Option(
      names = "--connect-timeout",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description = "Seconds to wait for a connection (default: ${DEFAULT-VALUE}).")
  int connectTimeout;

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Seconds to wait for each read (default: ${DEFAULT-VALUE}).")
  int readTimeout;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "2",
      description = "Further attempts after a failed download (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--backoff-millis",
      paramLabel = "MS",
      defaultValue = "2000",
      hidden = true,
      description = "Wait before the first retry, doubled before each further one.")
  long backoffMillis;

  @ArgGroup(exclusive = false, heading = "Checks%n")
  ImportChecks checks = new ImportChecks();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<ListSource, List<OfficialSources.Download>> plan = plan();
    ListDownloader downloader =
        new ListDownloader(
            Duration.ofSeconds(connectTimeout),
            Duration.ofSeconds(readTimeout),
            retries + 1,
            Duration.ofMillis(backoffMillis));
    ListUpdate update = new ListUpdate(lists.store(), lists.homeDir(), downloader);
    RuntimeException firstFailure = null;
    for (Map.Entry<ListSource, List<OfficialSources.Download>> source : plan.entrySet()) {
      try {
        err.printf(Locale.ROOT, "Downloading %s ...%n", source.getKey().title());
        ImportResult result =
            update.update(
                source.getKey(),
                source.getValue(),
                checks.options(count -> err.printf(Locale.ROOT, "  %,d entries read%n", count)));
        out.println(ListsImportCommand.describe(result));
      } catch (SanctionsException | java.io.UncheckedIOException e) {
        err.println(
            "sanctions: "
                + (e instanceof SanctionsException ? "" : "I/O error: ")
                + e.getMessage());
        firstFailure = firstFailure == null ? e : firstFailure;
      }
    }
    err.flush();
    return firstFailure == null ? ExitCodes.OK : ExitCodes.forException(firstFailure);
  }

  private Map<ListSource, List<OfficialSources.Download>> plan() {
    Map<ListSource, List<OfficialSources.Download>> custom = new LinkedHashMap<>();
    for (String url : urls) {
      int equals = url.indexOf('=');
      if (equals < 1) {
        throw new org.sanctionsengine.input.InvalidInputException(
            "--url expects SOURCE=URL,"
                + " found '"
                + url
                + "'. Example: --url un=http://127.0.0.1:8080/consolidated.xml");
      }
      custom
          .computeIfAbsent(ListSource.parse(url.substring(0, equals)), k -> new ArrayList<>())
          .add(OfficialSources.of(URI.create(url.substring(equals + 1))));
    }
    List<ListSource> wanted =
        !sources.isEmpty()
            ? sources.stream().map(ListSource::parse).toList()
            : !custom.isEmpty() ? List.copyOf(custom.keySet()) : OfficialSources.defaults();
    Map<ListSource, List<OfficialSources.Download>> plan = new LinkedHashMap<>();
    wanted.forEach(s -> plan.put(s, custom.getOrDefault(s, OfficialSources.of(s))));
    return plan;
  }
}
