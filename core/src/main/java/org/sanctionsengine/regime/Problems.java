package org.sanctionsengine.regime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Collects the problems of the data files, each with its place (file, measure, line), so that the
 * loader can report them all at once and then fail.
 */
final class Problems {
  private final List<String> problems = new ArrayList<>();

  /** Where a problem is: a file, optionally a measure in it and the line of that measure. */
  record Place(String file, String measureId, int line) {
    static Place file(String file) {
      return new Place(file, "", 0);
    }

    /** The measure's place, its line found in the file's text ({@code - id: ...}). */
    static Place measure(String file, String text, String measureId) {
      Pattern idLine =
          Pattern.compile("\\s*-?\\s*id:\\s*['\"]?" + Pattern.quote(measureId) + "['\"]?\\s*");
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (idLine.matcher(lines[i]).matches()) {
          return new Place(file, measureId, i + 1);
        }
      }
      return new Place(file, measureId, 0);
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(file);
      if (line > 0) {
        out.append(String.format(Locale.ROOT, ", line %d", line));
      }
      if (!measureId.isEmpty()) {
        out.append(", measure '").append(measureId).append('\'');
      }
      return out.toString();
    }
  }

  void add(Place place, String problem) {
    problems.add(place + ": " + problem);
  }

  int count() {
    return problems.size();
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<String> all() {
    return List.copyOf(problems);
  }

  /** Fails with every problem found, or returns when there is none. */
  void throwIfAny(String regime) {
    if (problems.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "The regime data '%s' has %d problem%s; nothing was loaded. Fix the data files"
                    + " (format: docs/regime-data.md) and run again:",
                regime,
                problems.size(),
                problems.size() == 1 ? "" : "s"));
    for (String problem : problems) {
      message.append("\n  - ").append(problem);
    }
    throw new RegimeDataException(message.toString(), problems);
  }
}
