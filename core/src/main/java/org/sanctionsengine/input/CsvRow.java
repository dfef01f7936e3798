package org.sanctionsengine.input;

import java.util.List;

/**
 * One CSV record with where it starts.
 *
 * @param fields the fields, as read (not stripped)
 * @param location file and starting line
 */
public record CsvRow(List<String> fields, SourceLocation location) {
  public CsvRow {
    fields = List.copyOf(fields);
  }

  /** The field at {@code index}, stripped; empty when the row is shorter. */
  public String field(int index) {
    return index < fields.size() ? fields.get(index).strip() : "";
  }

  public int size() {
    return fields.size();
  }

  /** Whether a field spans lines: a sign that a quote opened in it was never closed. */
  public boolean hasMultilineField() {
    return fields.stream().anyMatch(f -> f.indexOf('\n') >= 0);
  }
}
