package org.sanctionsengine.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.sanctionsengine.input.BatchSummary;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.DecisionJson;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * Writes a judged batch: one line (jsonl) or block (text) per row in input order, error rows
 * included, then a summary: in jsonl one last line {@code {"summary": {"records", "answered",
 * "refused", "complete", "caps"}}}, in text the cap usage and the counts. Only a complete output
 * ends with its summary.
 */
final class BatchOutput {
  /** When to draw the progress bar. */
  enum Progress {
    ALWAYS,
    ON_TERMINAL,
    NEVER
  }

  /** Files at least this long get a progress bar on a terminal. */
  static final int LONG_FILE = 1_000;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean jsonl;

  BatchOutput(PrintWriter out, PrintWriter err, boolean jsonl) {
    this.out = out;
    this.err = err;
    this.jsonl = jsonl;
  }

  /**
   * @param progress show a progress bar: always when asked for ({@code --progress}), otherwise on a
   *     terminal for long files only
   * @return the counts of rows read, answered and refused
   */
  BatchSummary write(List<ShipmentRow> rows, BatchScreener screener, Progress progress) {
    List<Shipment> shipments = new ArrayList<>();
    for (ShipmentRow row : rows) {
      if (row instanceof ShipmentRow.Valid valid) {
        shipments.add(valid.shipment());
      }
    }
    boolean bar =
        progress == Progress.ALWAYS
            || (progress == Progress.ON_TERMINAL && shipments.size() >= LONG_FILE);
    IntConsumer onProgress = bar ? new ProgressBar(err, shipments.size()) : done -> {};
    BatchScreener.Result result = screener.screen(shipments, onProgress);
    int next = 0;
    for (ShipmentRow row : rows) {
      switch (row) {
        case ShipmentRow.Valid valid -> print(result.decisions().get(next++), valid.line());
        case ShipmentRow.Invalid invalid -> printError(invalid);
      }
    }
    BatchSummary summary = new BatchSummary(rows.size(), rows.size() - shipments.size());
    if (jsonl) {
      DecisionText.printCaps(result.capUsage(), err);
      ObjectNode last = summary.json();
      ((ObjectNode) last.get("summary"))
          .set("caps", DecisionJson.summary(result.capUsage()).get("summary").get("caps"));
      out.println(last);
    } else {
      DecisionText.printCaps(result.capUsage(), out);
      out.println("summary: " + summary.describe());
    }
    out.flush();
    err.println("sanctions: " + summary.describe());
    err.flush();
    return summary;
  }

  private void print(Decision decision, long line) {
    if (jsonl) {
      out.println(DecisionJson.decision(decision).put("line", line).toString());
    } else {
      DecisionText.print(decision, out);
      out.println();
    }
  }

  private void printError(ShipmentRow.Invalid row) {
    if (jsonl) {
      out.println(DecisionJson.rowError(row).toString());
    } else {
      out.println(
          "ERROR  row at line "
              + row.line()
              + (row.id().isEmpty() ? "" : " [" + row.id() + "]")
              + ": "
              + row.problem());
      out.println();
    }
  }
}
