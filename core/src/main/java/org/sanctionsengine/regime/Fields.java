package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads one field of a data file entry, reporting a problem at its place when it is unusable. */
final class Fields {
  private final Problems problems;
  private final Problems.Place place;

  Fields(Problems problems, Problems.Place place) {
    this.problems = problems;
    this.place = place;
  }

  Problems.Place place() {
    return place;
  }

  int problemCount() {
    return problems.count();
  }

  void problem(String text) {
    problems.add(place, text);
  }

  /** The text, or "" with a problem when it is missing or blank. */
  String required(@Nullable String value, String field, String example) {
    if (value == null || value.isBlank()) {
      problem("'" + field + "' is missing; every entry needs one (e.g. '" + example + "')");
      return "";
    }
    return value.strip();
  }

  String optional(@Nullable String value) {
    return value == null ? "" : value.strip();
  }

  /** An ISO date, empty with a problem when missing (if required) or malformed. */
  Optional<LocalDate> date(@Nullable String value, String field, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problem("'" + field + "' is missing; expected a date such as 2017-12-22");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()));
    } catch (DateTimeParseException e) {
      problem("'" + field + "' is '" + value + "'; expected a date as YYYY-MM-DD, e.g. 2017-12-22");
      return Optional.empty();
    }
  }

  /** An enum constant by its wire code, empty with a problem listing the codes. */
  <E extends Enum<E>> Optional<E> code(@Nullable String value, String field, Class<E> type) {
    if (value == null || value.isBlank()) {
      problem("'" + field + "' is missing; expected one of: " + WireCodes.list(type));
      return Optional.empty();
    }
    Optional<E> parsed = WireCodes.parse(type, value);
    if (parsed.isEmpty()) {
      problem("'" + field + "' is '" + value + "'; expected one of: " + WireCodes.list(type));
    }
    return parsed;
  }

  /** Source keys, all known; a problem for each unknown key and when none is given. */
  List<String> sources(@Nullable List<String> keys, Set<String> known, boolean required) {
    if (keys == null || keys.isEmpty()) {
      if (required) {
        problem(
            "'sources' is missing; every measure cites at least one key of sources.yaml"
                + " (e.g. [USUN-2397])");
      }
      return List.of();
    }
    for (String key : keys) {
      if (!known.contains(key)) {
        problem(
            "unknown source key '"
                + key
                + "'; add it to sources.yaml with its URL or use a key listed there");
      }
    }
    return List.copyOf(keys);
  }

  static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
