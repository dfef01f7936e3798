package org.sanctionsengine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sanctions demo}: judge the sample shipments shipped with the project, for people. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Judge a sample batch of shipments (2006-2025: coal, copper, seafood and textiles from the"
          + " DPRK; whisky, suits, diesel, crude oil, trucks and rice into it) and print each"
          + " decision with the measures behind it.",
      "The same file can be judged with: sanctions check --file <it> --format jsonl"
    })
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "demo-shipments.csv";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Screener screener = Engine.screener();
    var out = spec.commandLine().getOut();
    out.println(
        "Sanctions Engine demo: the DPRK regime (UN, US, EU, ROK), regime data version "
            + screener.regime().version()
            + ", "
            + screener.regime().measures().size()
            + " measures.");
    out.println("Each shipment is judged as of its date; capped deliveries count in date order.");
    out.println();
    List<ShipmentRow> rows =
        new ShipmentCsvReader(screener.regime().claims().keySet()).read(SAMPLE, sample());
    new BatchOutput(out, spec.commandLine().getErr(), false)
        .write(rows, new BatchScreener(screener), BatchOutput.Progress.NEVER);
    return ExitCodes.OK;
  }

  private static String sample() {
    try (InputStream in =
        Objects.requireNonNull(DemoCommand.class.getResourceAsStream(SAMPLE), SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
