package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntConsumer;

/** A one-line progress bar on stderr, redrawn at each whole percent. */
final class ProgressBar implements IntConsumer {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final int total;
  private int shownPercent = -1;

  ProgressBar(PrintWriter err, int total) {
    this.err = err;
    this.total = Math.max(1, total);
  }

  @Override
  public void accept(int done) {
    int percent = (int) (100L * done / total);
    if (percent == shownPercent) {
      return;
    }
    shownPercent = percent;
    int filled = WIDTH * percent / 100;
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %3d%% %,d/%,d shipments",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        percent,
        done,
        total);
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
