package org.sanctionsengine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sanctionsengine.input.BatchSummary;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.DecisionJson;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.screening.ShipmentRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions check}: judge one shipment, or a CSV file of them, against the DPRK regime. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Judge a shipment against the DPRK regime (UN, US, EU, ROK) as in force on its date.",
      "Decision: PROHIBITED, LICENSE_REQUIRED, CAP_LIMITED, REVIEW or PERMITTED, with every"
          + " measure behind it.",
      "Batch: --file shipments.csv (header: any of id,date,from,to,origin,hs,description,"
          + "quantity,unit,value,currency,contract_date,exemption,party) --format jsonl."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--date", description = "Delivery date, YYYY-MM-DD.")
  String date = "";

  @Option(names = "--from", description = "Exporting country (ISO 3166 alpha-2), e.g. KP.")
  String from = "";

  @Option(names = "--to", description = "Importing country (ISO 3166 alpha-2), e.g. CN.")
  String to = "";

  @Option(names = "--origin", description = "Country of origin of the goods (default: --from).")
  String origin = "";

  @Option(names = "--hs", description = "HS code: 2-10 digits, e.g. 740311 or 7403.11.")
  String hs = "";

  @Option(names = "--description", description = "Plain description instead of --hs: 'whisky'.")
  String description = "";

  @Option(names = "--quantity", description = "Quantity (with --unit).")
  String quantity = "";

  @Option(
      names = "--unit",
      description =
          "Unit of --quantity: tonnes, kg, barrels, litres, m3, pieces, pairs … or a UN/ECE"
              + " Rec. 20 code (TNE, KGM, BLL, LTR, MTQ, NAR, PR, DZN …).")
  String unit = "";

  @Option(names = "--value", description = "Value of the shipment (with --currency).")
  String value = "";

  @Option(names = "--currency", description = "ISO 4217 currency of --value (default USD).")
  String currency = "";

  @Option(names = "--contract-date", description = "When the contract was concluded (wind-downs).")
  String contractDate = "";

  @Option(names = "--exemption", description = "An exemption claimed, e.g. rajin-transit.")
  List<String> exemptions = new ArrayList<>();

  @Option(names = "--party", description = "Country of another party (trader, carrier, bank).")
  List<String> parties = new ArrayList<>();

  @Option(names = "--file", description = "CSV file of shipments to judge (batch).")
  Optional<Path> file = Optional.empty();

  @Option(
      names = "--format",
      description = "text or json (one shipment); text or jsonl (--file). Default: text.")
  String format = "text";

  @Option(names = "--progress", description = "Show a progress bar on stderr (batch).")
  boolean progress;

  @Option(
      names = "--scenario",
      paramLabel = "NAME|FILE",
      description = "Judge under a relief scenario instead of the regime as it stands.")
  Optional<String> scenario = Optional.empty();

  @Option(
      names = "--violation",
      paramLabel = "CONDITION=DATE",
      description = "With --scenario: a condition violated on a date (snap-back).")
  List<String> violations = new ArrayList<>();

  @Override
  public Integer call() {
    Screener screener = screener();
    if (file.isPresent()) {
      return batch(screener, file.get());
    }
    requireFormat("text", "json");
    var raw =
        new ShipmentFields.Raw(
            "",
            date,
            from,
            to,
            origin,
            hs,
            description,
            quantity,
            unit,
            value,
            currency,
            contractDate,
            exemptions,
            parties);
    Shipment shipment =
        ShipmentFields.shipment(
            raw, ShipmentFields.Naming.FLAGS, screener.regime().claims().keySet());
    Decision decision = screener.check(shipment);
    var out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.println(DecisionJson.decision(decision).toPrettyString());
    } else {
      DecisionText.print(decision, out);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The regime's screener, or one for the regime the scenario makes of it. */
  private Screener screener() {
    if (scenario.isEmpty()) {
      if (!violations.isEmpty()) {
        throw new InvalidInputException(
            "--violation applies to a scenario: give --scenario NAME|FILE as well.");
      }
      return Engine.screener();
    }
    return new Screener(Engine.evaluation(scenario.get(), violations).regime());
  }

  private void requireFormat(String... allowed) {
    if (!List.of(allowed).contains(format)) {
      throw new InvalidInputException(
          "Unknown --format '"
              + format
              + "' for "
              + (file.isPresent() ? "a batch (--file)" : "a single check")
              + ": expected "
              + String.join(" or ", allowed)
              + ".");
    }
  }

  private BatchOutput.Progress progressMode() {
    if (progress) {
      return BatchOutput.Progress.ALWAYS;
    }
    // System.console() is the JDK 21 way to ask "is this a terminal?"
    return System.console() != null ? BatchOutput.Progress.ON_TERMINAL : BatchOutput.Progress.NEVER;
  }

  private int batch(Screener screener, Path path) {
    requireFormat("jsonl", "text");
    if (!Files.isRegularFile(path)) {
      throw new InvalidInputException(
          "The shipments file '" + path + "' does not exist or is not a file: check the path.");
    }
    List<ShipmentRow> rows = new ShipmentCsvReader(screener.regime().claims().keySet()).read(path);
    BatchSummary summary =
        new BatchOutput(
                spec.commandLine().getOut(), spec.commandLine().getErr(), format.equals("jsonl"))
            .write(rows, new BatchScreener(screener), progressMode());
    return summary.refused() == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
