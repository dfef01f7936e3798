package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a measure is in force: from {@code from} to {@code lastDay}, both inclusive. An
 * open-ended measure has {@code lastDay} = {@link LocalDate#MAX}; {@link #endsOn()} hides that.
 */
public record InForce(LocalDate from, LocalDate lastDay) {
  public InForce {
    if (lastDay.isBefore(from)) {
      throw new IllegalArgumentException("ends " + lastDay + " before it starts " + from);
    }
  }

  public static InForce from(LocalDate from) {
    return new InForce(from, LocalDate.MAX);
  }

  public boolean includes(LocalDate asOf) {
    return !asOf.isBefore(from) && !asOf.isAfter(lastDay);
  }

  /** The last day in force, empty while open-ended. */
  public Optional<LocalDate> endsOn() {
    return lastDay.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(lastDay);
  }
}
