package org.sanctionsengine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.scenario.DiffJson;
import org.sanctionsengine.scenario.DiffReport;
import org.sanctionsengine.scenario.Evaluation;
import org.sanctionsengine.scenario.PortfolioDiff;
import org.sanctionsengine.scenario.PortfolioReader;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.screening.ShipmentRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions scenario diff}: a portfolio judged under the regime and under a scenario. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Judge every transaction of a portfolio twice, under the regime as it stands and under the"
          + " scenario; report each flipped decision and the value and volume unlocked by measure,"
          + " by HS chapter and by authority.",
      "The portfolio is a CSV with the columns of 'check --file' (id,date,from,to,hs,description,"
          + "quantity,unit,value,currency ...); rows that cannot be read are listed on stderr.",
      "--format html writes one self-contained file with charts (opens with no network)."
    })
final class ScenarioDiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "NAME|FILE",
      description = "A built-in scenario or a scenario file.")
  String scenario = "";

  @Option(names = "--portfolio", required = true, paramLabel = "FILE", description = "CSV file.")
  Path portfolio = Path.of("");

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Judge every trade as if on this date (default: each trade's own date).")
  String asOf = "";

  @Option(names = "--format", description = "text, json or html (default text).")
  String format = "text";

  @Option(names = "--output", paramLabel = "FILE", description = "Write here, not to stdout.")
  Optional<Path> output = Optional.empty();

  @Option(
      names = "--violation",
      paramLabel = "CONDITION=DATE",
      description =
          "Report a condition violated on a date (snap-back), e.g. test-freeze=2022-03-24.")
  List<String> violations = new ArrayList<>();

  @Option(
      names = "--max-flips",
      paramLabel = "N",
      description = "List at most N flips (0: all; default all, html 1000).")
  int maxFlips = 0;

  @Override
  public Integer call() {
    if (!List.of("text", "json", "html").contains(format)) {
      throw new InvalidInputException(
          "Unknown --format '" + format + "' for scenario diff: expected text, json or html.");
    }
    Evaluation evaluation = Engine.evaluation(scenario, violations);
    if (!Files.isRegularFile(portfolio)) {
      throw new InvalidInputException(
          "The portfolio file '"
              + portfolio
              + "' does not exist or is not a file: check the path (generate one with 'sanctions"
              + " portfolio generate --size 1000 --output trades.csv').");
    }
    List<ShipmentRow> rows =
        new PortfolioReader(evaluation.regime().claims().keySet()).read(portfolio);
    List<Shipment> shipments = new ArrayList<>(rows.size());
    int refused = 0;
    PrintWriter err = spec.commandLine().getErr();
    for (ShipmentRow row : rows) {
      switch (row) {
        case ShipmentRow.Valid valid -> shipments.add(valid.shipment());
        case ShipmentRow.Invalid invalid -> {
          refused++;
          err.println(
              "sanctions: row at line " + invalid.line() + " skipped: " + invalid.problem());
        }
      }
    }
    err.flush();
    PortfolioDiff diff = new PortfolioDiff(evaluation);
    DiffReport report =
        asOf.isBlank()
            ? diff.run(shipments)
            : diff.run(shipments, ShipmentFields.date(asOf, "--as-of"));
    write(report, refused);
    return ExitCodes.OK;
  }

  private void write(DiffReport report, int refused) {
    try (Writer out = output.isPresent() ? file(output.get()) : stdout()) {
      switch (format) {
        case "json" -> DiffJson.write(report, refused, maxFlips, out);
        case "html" -> DiffHtml.write(report, portfolio.toString(), maxFlips, out);
        default -> DiffText.print(report, portfolio.toString(), maxFlips, new PrintWriter(out));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    output.ifPresent(
        path -> spec.commandLine().getErr().println("sanctions: report written to " + path));
  }

  private static Writer file(Path path) throws IOException {
    return Files.newBufferedWriter(path, StandardCharsets.UTF_8);
  }

  /** Standard output, left open when the report is done. */
  private Writer stdout() {
    PrintWriter stdout = spec.commandLine().getOut();
    return new java.io.FilterWriter(stdout) {
      @Override
      public void close() {
        stdout.flush();
      }
    };
  }
}
