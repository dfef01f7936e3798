package org.sanctionsengine.lists.uk;

import java.util.Locale;
import java.util.Map;
import org.sanctionsengine.input.CsvRow;

/** One ConList row, read by column name. */
record UkRow(Map<String, Integer> header, CsvRow row) {
  /** The field of this column, stripped; empty when the column does not exist. */
  String get(String column) {
    Integer index = header.get(column.toLowerCase(Locale.ROOT));
    return index == null ? "" : row.field(index);
  }

  boolean isPrimary() {
    String type = get("Alias Type").toLowerCase(Locale.ROOT);
    return type.equals("prime alias") || type.equals("primary name");
  }
}
