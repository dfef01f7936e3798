package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.DecisionJson;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * Writes a judged batch: one line (jsonl) or block (text) per row in input order, error rows
 * included, then the cap usage summary (stderr in jsonl mode, so stdout stays one object per row).
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
   */
  void write(List<ShipmentRow> rows, BatchScreener screener, Progress progress) {
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
        case ShipmentRow.Valid valid -> print(result.decisions().get(next++));
        case ShipmentRow.Invalid invalid -> printError(invalid);
      }
    }
    if (jsonl) {
      DecisionText.printCaps(result.capUsage(), err);
    } else {
      DecisionText.printCaps(result.capUsage(), out);
    }
    out.flush();
    err.flush();
  }

  private void print(Decision decision) {
    if (jsonl) {
      out.println(DecisionJson.decision(decision).toString());
    } else {
      DecisionText.print(decision, out);
      out.println();
    }
  }

  private void printError(ShipmentRow.Invalid row) {
    if (jsonl) {
      out.println(DecisionJson.rowError(row).toString());
    } else {
      out.println("ERROR  row at line " + row.line() + ": " + row.problem());
      out.println();
    }
  }
}
