package org.sanctionsengine.regime;

import java.time.LocalDate;

/** One concrete period of a cap (first and last day inclusive) with its limits. */
public record CapWindow(LocalDate first, LocalDate last, CapSchedule schedule) {
  /** {@code 2018-01-01..2018-12-31}: the key under which deliveries are counted. */
  public String label() {
    return first + ".." + last;
  }
}
