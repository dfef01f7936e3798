package org.sanctionsengine.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sanctionsengine.input.BatchSummary;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchJson;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.PartyCsvReader;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.PartyRow;

/**
 * Screens every row of a CSV file, in order, one result per row, each written as soon as it is
 * screened. A row that cannot be screened (no name, a quote left open, a control character in the
 * name …) gets its error in the output and on stderr, and the batch goes on; the exit code is then
 * 3. A field that only narrows the search and cannot be read (a birth date, a country, a type) is
 * left out with a warning. The output ends with a summary of the counts (records read, answered,
 * refused), so that a complete output can be told from one cut short. Long files show a progress
 * bar on stderr.
 */
final class BatchScreening {
  private static final int PROGRESS_FROM_ROWS = 1_000;

  private final NameIndex index;
  private final double threshold;
  private final String format;

  BatchScreening(NameIndex index, double threshold, String format) {
    this.index = index;
    this.threshold = threshold;
    this.format = format;
  }

  int run(Path file, PrintWriter out, PrintWriter err) {
    long total = countLines(file) - 1;
    Progress progress = new Progress(total >= PROGRESS_FROM_ROWS ? total : 0, err);
    ArrayNode all = ScreenCommand.JSON.createArrayNode();
    long records = 0;
    long refused = 0;
    String display = file.getFileName().toString();
    try (PartyCsvReader reader =
        new PartyCsvReader(
            Files.newBufferedReader(file, StandardCharsets.UTF_8),
            display,
            InputLimits.defaults())) {
      for (Optional<PartyRow> next = reader.next(); next.isPresent(); next = reader.next()) {
        PartyRow row = next.get();
        records++;
        ObjectNode result = ScreenCommand.JSON.createObjectNode();
        result.put("id", row.id());
        result.put("line", row.line());
        try {
          if (row.isBroken()) {
            throw new InvalidInputException(row.problem());
          }
          PartyFields.Reading reading = row.party().toBatchQuery();
          List<Match> hits = ScreenCommand.search(index, reading.query(), threshold);
          result.set("hits", MatchJson.hits(hits, threshold));
          if (!reading.warnings().isEmpty()) {
            ArrayNode warnings = result.putArray("warnings");
            reading.warnings().forEach(warnings::add);
            for (String warning : reading.warnings()) {
              err.printf(
                  Locale.ROOT, "sanctions: `%s`, line %d: %s%n", display, row.line(), warning);
            }
          }
          emit(result, hits, out, all);
        } catch (InvalidInputException e) {
          refused++;
          result.put("error", e.getMessage());
          result.set("hits", ScreenCommand.JSON.createArrayNode());
          err.printf(
              Locale.ROOT, "sanctions: `%s`, line %d: %s%n", display, row.line(), e.getMessage());
          emit(result, List.of(), out, all);
        }
        progress.advance();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    progress.finish();
    BatchSummary summary = new BatchSummary(records, refused);
    switch (format) {
      case "json" -> out.println(ScreenCommand.prettyJson(all));
      case "text" -> out.println("summary: " + summary.describe());
      default -> out.println(summary.json());
    }
    out.flush();
    err.println("sanctions: `" + display + "`: " + summary.describe());
    err.flush();
    return refused == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private void emit(ObjectNode result, List<Match> hits, PrintWriter out, ArrayNode all) {
    switch (format) {
      case "json" -> all.add(result);
      case "text" -> {
        if (result.has("error")) {
          out.printf(
              Locale.ROOT,
              "%s: error: %s%n",
              result.get("id").asText(),
              result.get("error").asText());
        } else {
          TextReport.print(result.get("id").asText(), hits, threshold, out);
        }
      }
      default -> out.println(result);
    }
  }

  /**
   * The lines of the file, for the progress bar: line feeds counted in the bytes, so that a file
   * that is not UTF-8 is reported by the reader with its line, not here.
   */
  private static long countLines(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      long lines = 0;
      for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
        for (int i = 0; i < read; i++) {
          lines += buffer[i] == '\n' ? 1 : 0;
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A progress bar on stderr, redrawn at each whole percent; silent for short files. */
  private static final class Progress {
    private final long total;
    private final PrintWriter err;
    private long done;
    private long lastPercent = -1;

    Progress(long total, PrintWriter err) {
      this.total = total;
      this.err = err;
    }

    void advance() {
      done++;
      if (total <= 0) {
        return;
      }
      long percent = Math.min(100, done * 100 / total);
      if (percent != lastPercent) {
        lastPercent = percent;
        int filled = (int) (percent / 5);
        err.printf(
            Locale.ROOT,
            "\rscreening [%s%s] %3d%% %d/%d rows",
            "#".repeat(filled),
            " ".repeat(20 - filled),
            percent,
            done,
            total);
        err.flush();
      }
    }

    void finish() {
      if (total > 0) {
        err.println();
        err.flush();
      }
    }
  }
}
