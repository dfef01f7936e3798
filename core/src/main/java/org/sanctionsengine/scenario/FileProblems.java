package org.sanctionsengine.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems found in one scenario file, each with its line and field, collected so that all of
 * them are reported at once ("collect, then fail").
 */
final class FileProblems {
  private final String file;
  private final List<String> problems = new ArrayList<>();

  FileProblems(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  void add(int line, String field, String problem) {
    StringBuilder place = new StringBuilder(file);
    if (line > 0) {
      place.append(String.format(Locale.ROOT, ", line %d", line));
    }
    if (!field.isEmpty()) {
      place.append(", field '").append(field).append('\'');
    }
    problems.add(place + ": " + problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    StringBuilder message =
        new StringBuilder("Scenario file '")
            .append(file)
            .append("' has ")
            .append(count)
            .append("; nothing of it was applied:");
    for (String problem : problems) {
      message.append("\n  - ").append(problem);
    }
    message.append("\nFix the file (format: docs/scenarios.md) and run again.");
    throw new ScenarioException(message.toString(), problems);
  }
}
