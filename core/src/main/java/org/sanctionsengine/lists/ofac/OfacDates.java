package org.sanctionsengine.lists.ofac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctionsengine.entity.BirthDate;

/** Reads OFAC's date forms: "18 Jun 1964", "Jun 1964", "1964", "circa 1947", "1960 to 1962". */
final class OfacDates {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
  private static final Pattern RANGE = Pattern.compile("(.+?) to (.+)");

  private OfacDates() {}

  /** A birth date; text that cannot be read is kept as {@link BirthDate.Text}. */
  static Optional<BirthDate> birthDate(String text) {
    String value = text.strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    boolean circa = value.toLowerCase(Locale.ROOT).startsWith("circa ");
    if (circa) {
      value = value.substring(6).strip();
    }
    Matcher range = RANGE.matcher(value);
    if (range.matches()) {
      Optional<BirthDate> from = single(range.group(1), false);
      Optional<BirthDate> to = single(range.group(2), false);
      if (from.isPresent()
          && to.isPresent()
          && !to.get().latest().isBefore(from.get().earliest())) {
        return Optional.of(new BirthDate.Range(from.get().earliest(), to.get().latest()));
      }
    }
    return Optional.of(single(value, circa).orElse(new BirthDate.Text(text)));
  }

  private static Optional<BirthDate> single(String text, boolean circa) {
    String value = text.strip();
    if (value.matches("\\d{4}")) {
      int year = Integer.parseInt(value);
      return year < 1800 || year > 2200
          ? Optional.empty()
          : Optional.of(new BirthDate.Year(year, circa));
    }
    try {
      return Optional.of(new BirthDate.Exact(LocalDate.parse(value, DAY)));
    } catch (DateTimeParseException e) {
      // not a full date; try a month
    }
    try {
      return Optional.of(new BirthDate.Month(YearMonth.parse(value, MONTH)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A date such as "12/31/2019" (XML publish date) or "18 Jun 1964". */
  static Optional<LocalDate> date(String text) {
    String value = text.strip();
    for (String pattern : new String[] {"MM/dd/uuuu", "M/d/uuuu", "d MMM uuuu", "uuuu-MM-dd"}) {
      try {
        return Optional.of(
            LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    return Optional.empty();
  }
}
