package org.sanctionsengine.input;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * How many records of a batch were read, answered and refused. Written last, after every result, so
 * that a complete output can be told from one cut short (a killed job, a full disk): only a
 * complete output ends with its summary, and its counts add up to the records sent.
 *
 * @param records the data records read (one per non-blank line after the header)
 * @param refused the records that got an error instead of an answer
 */
public record BatchSummary(long records, long refused) {
  public BatchSummary {
    if (records < 0 || refused < 0 || refused > records) {
      throw new IllegalArgumentException("counts out of range: " + records + ", " + refused);
    }
  }

  /** The records that got an answer (a decision, hits or none). */
  public long answered() {
    return records - refused;
  }

  /**
   * {@code {"summary": {"records": …, "answered": …, "refused": …, "complete": true}}}: one JSON
   * line that no result line can be mistaken for.
   */
  public ObjectNode json() {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    ObjectNode summary = line.putObject("summary");
    summary.put("records", records);
    summary.put("answered", answered());
    summary.put("refused", refused);
    summary.put("complete", true);
    return line;
  }

  /** "4 records read: 3 answered, 1 refused". */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%,d record%s read: %,d answered, %,d refused",
        records,
        records == 1 ? "" : "s",
        answered(),
        refused);
  }
}
