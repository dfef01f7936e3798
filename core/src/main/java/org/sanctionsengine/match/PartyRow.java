package org.sanctionsengine.match;

/**
 * One data row of a parties CSV. Its fields are checked when it is turned into a query ({@link
 * PartyFields#toBatchQuery()}), so that a bad row can be reported with its line and the batch go
 * on.
 *
 * @param line the 1-based line of the row in the file
 * @param id the row's {@code id} column, or its row number when the file has no id column (or the
 *     line could not be split into columns)
 * @param party the row's fields (all empty when the line could not be split)
 * @param problem why the line could not be split into columns, empty when it could
 */
public record PartyRow(long line, String id, PartyFields party, String problem) {
  /** A row whose line was split into columns. */
  public PartyRow(long line, String id, PartyFields party) {
    this(line, id, party, "");
  }

  /** Whether the line could not be split into columns: the row cannot be screened. */
  public boolean isBroken() {
    return !problem.isEmpty();
  }
}
