package org.sanctionsengine.entity;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date of birth as precise as the list gives it. A person may have several; an unknown date is
 * simply absent from the list of dates, never null.
 */
public sealed interface BirthDate {

  /** The earliest day this date allows. */
  LocalDate earliest();

  /** The latest day this date allows. */
  LocalDate latest();

  /** The date as people write it: 1964-07-17, 1964-07, 1964, c. 1964, 1967 to 1969. */
  default String display() {
    return switch (this) {
      case Exact e -> e.date().toString();
      case Month m -> m.month().toString();
      case Year y -> (y.approximate() ? "c. " : "") + y.year();
      case Range r ->
          r.from().getDayOfYear() == 1
                  && r.to().getMonthValue() == 12
                  && r.to().getDayOfMonth() == 31
              ? r.from().getYear() + " to " + r.to().getYear()
              : r.from() + " to " + r.to();
      case Text t -> t.text();
    };
  }

  /** Whether a given day is compatible with this date. */
  default boolean admits(LocalDate day) {
    return !day.isBefore(earliest()) && !day.isAfter(latest());
  }

  /** A full date: {@code 1964-07-17}. */
  record Exact(LocalDate date) implements BirthDate {
    @Override
    public LocalDate earliest() {
      return date;
    }

    @Override
    public LocalDate latest() {
      return date;
    }
  }

  /** A month: {@code Jul 1964}. */
  record Month(YearMonth month) implements BirthDate {
    @Override
    public LocalDate earliest() {
      return month.atDay(1);
    }

    @Override
    public LocalDate latest() {
      return month.atEndOfMonth();
    }
  }

  /**
   * A year only, possibly approximate ("circa 1960", UN {@code APPROXIMATELY}).
   *
   * @param year the year
   * @param approximate whether the list says "circa" / "approximately"
   */
  record Year(int year, boolean approximate) implements BirthDate {
    /** The earliest year accepted as a birth year. */
    public static final int EARLIEST = 1800;

    /** The latest year accepted as a birth year. */
    public static final int LATEST = 2200;

    public Year {
      if (year < EARLIEST || year > LATEST) {
        throw new IllegalArgumentException("Implausible birth year " + year);
      }
    }

    @Override
    public LocalDate earliest() {
      return LocalDate.of(year, 1, 1);
    }

    @Override
    public LocalDate latest() {
      return LocalDate.of(year, 12, 31);
    }
  }

  /** A range, e.g. UN {@code BETWEEN 1950 AND 1955} or OFAC "1950 to 1955". */
  record Range(LocalDate from, LocalDate to) implements BirthDate {
    public Range {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("Birth date range ends before it starts: " + from);
      }
    }

    /** The range of whole years {@code fromYear..toYear}. */
    public static Range ofYears(int fromYear, int toYear) {
      return new Range(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    @Override
    public LocalDate earliest() {
      return from;
    }

    @Override
    public LocalDate latest() {
      return to;
    }
  }

  /**
   * A date the list writes in a way we cannot read ("1960s", "unknown, about 45 years old"); kept
   * as text so nothing is lost. It admits no day.
   */
  record Text(String text) implements BirthDate {
    public Text {
      text = text.strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("A textual birth date cannot be blank");
      }
    }

    @Override
    public LocalDate earliest() {
      return LocalDate.MAX;
    }

    @Override
    public LocalDate latest() {
      return LocalDate.MIN;
    }
  }
}
