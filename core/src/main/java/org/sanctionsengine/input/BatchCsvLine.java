package org.sanctionsengine.input;

import java.util.List;

/** One non-blank line of a batch CSV file: its fields, or why they could not be read. */
public sealed interface BatchCsvLine {
  /** The file and the 1-based line. */
  SourceLocation location();

  /** The line's 1-based number. */
  default long line() {
    return location().line();
  }

  /**
   * A line split into fields.
   *
   * @param fields the fields as read (not stripped)
   */
  record Fields(SourceLocation location, List<String> fields) implements BatchCsvLine {
    public Fields {
      fields = List.copyOf(fields);
    }

    /** The field at {@code index}, stripped; empty when the line is shorter. */
    public String field(int index) {
      return index < fields.size() ? fields.get(index).strip() : "";
    }
  }

  /**
   * A line that could not be split (a quote left open, a line over the length limit).
   *
   * @param problem what is wrong and what to do, without the location
   */
  record Broken(SourceLocation location, String problem) implements BatchCsvLine {}
}
