package org.sanctionsengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.portfolio.PortfolioGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions portfolio generate}: a synthetic DPRK trade portfolio as CSV. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic portfolio of DPRK trade, 2015-2025, whose make-up follows published"
          + " trade statistics (KOTRA, KITA, Chinese customs, OEC; see docs/scenarios.md): coal,"
          + " iron ore, textiles and seafood exports before the 2017 bans, wigs, ferro-alloys and"
          + " ores after; fuel, machinery, fabrics and food imports; partners mostly CN.",
      "Columns: " + PortfolioGenerator.HEADER + ". The same --size and --seed give the same file."
    })
final class PortfolioGenerateCommand implements Callable<Integer> {
  static final int MAX_SIZE = 50_000_000;

  @Spec CommandSpec spec;

  @Option(names = "--size", required = true, paramLabel = "N", description = "Number of rows.")
  int size;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default 1).")
  long seed = 1;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here, not to stdout.")
  Optional<Path> output = Optional.empty();

  @Override
  public Integer call() {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException(
          "Invalid --size "
              + size
              + ": expected a number of rows from 1 to "
              + MAX_SIZE
              + ", e.g. --size 1000000.");
    }
    PortfolioGenerator generator = new PortfolioGenerator(seed);
    if (output.isEmpty()) {
      var out = spec.commandLine().getOut();
      generator.write(size, out);
      out.flush();
      return ExitCodes.OK;
    }
    try (Writer out = Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8)) {
      generator.write(size, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    spec.commandLine().getErr().println("sanctions: " + size + " rows written to " + output.get());
    return ExitCodes.OK;
  }
}
