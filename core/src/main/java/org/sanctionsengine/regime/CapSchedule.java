package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How a cap's periods run. Several limits in one period: the lower binds (whichever is reached
 * first ends the period's allowance). Each kind knows the period a day falls in.
 */
public sealed interface CapSchedule {
  List<CapLimit> limits();

  /** The period containing {@code asOf}, empty when the schedule does not run that day. */
  Optional<CapWindow> windowOn(LocalDate asOf);

  /** A single fixed period ({@code 2016-11-30..2016-12-31}). */
  record Fixed(LocalDate first, LocalDate last, List<CapLimit> limits) implements CapSchedule {
    public Fixed {
      limits = List.copyOf(limits);
    }

    @Override
    public Optional<CapWindow> windowOn(LocalDate asOf) {
      boolean inside = !asOf.isBefore(first) && !asOf.isAfter(last);
      return inside ? Optional.of(new CapWindow(first, last, this)) : Optional.empty();
    }
  }

  /** Calendar years from {@code from} on, until {@code until} (inclusive; MAX when open). */
  record CalendarYears(LocalDate from, LocalDate until, List<CapLimit> limits)
      implements CapSchedule {
    public CalendarYears {
      limits = List.copyOf(limits);
    }

    @Override
    public Optional<CapWindow> windowOn(LocalDate asOf) {
      if (asOf.isBefore(from) || asOf.isAfter(until)) {
        return Optional.empty();
      }
      LocalDate first = LocalDate.of(asOf.getYear(), 1, 1);
      LocalDate last = LocalDate.of(asOf.getYear(), 12, 31);
      return Optional.of(
          new CapWindow(
              first.isBefore(from) ? from : first, last.isAfter(until) ? until : last, this));
    }
  }

  /** Twelve-month periods counted from {@code anchor} (2397 OP4: from 22 Dec 2017). */
  record TwelveMonths(LocalDate anchor, LocalDate until, List<CapLimit> limits)
      implements CapSchedule {
    public TwelveMonths {
      limits = List.copyOf(limits);
    }

    @Override
    public Optional<CapWindow> windowOn(LocalDate asOf) {
      if (asOf.isBefore(anchor) || asOf.isAfter(until)) {
        return Optional.empty();
      }
      long years = java.time.temporal.ChronoUnit.YEARS.between(anchor, asOf);
      LocalDate first = anchor.plusYears(years);
      LocalDate last = first.plusYears(1).minusDays(1);
      return Optional.of(new CapWindow(first, last.isAfter(until) ? until : last, this));
    }
  }
}
