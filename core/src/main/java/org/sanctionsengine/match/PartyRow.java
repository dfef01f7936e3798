package org.sanctionsengine.match;

/**
 * One data row of a parties CSV. Its fields are checked when it is turned into a query ({@link
 * PartyFields#toQuery()}), so that a bad row can be reported with its line and the batch go on.
 *
 * @param line the 1-based line of the row in the file
 * @param id the row's {@code id} column, or its row number when the file has no id column
 * @param party the row's fields
 */
public record PartyRow(long line, String id, PartyFields party) {}
