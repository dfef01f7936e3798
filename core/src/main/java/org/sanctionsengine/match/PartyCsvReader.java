package org.sanctionsengine.match;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.input.BatchCsvLine;
import org.sanctionsengine.input.BatchCsvReader;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Streams the parties of a CSV file whose header names any of {@code id,name,type,birth_date,
 * country,imo} (issue 4's batch contract), one {@link PartyRow} at a time with bounded memory. The
 * same reader serves the command line and the HTTP batch upload, so that they read a file alike.
 * Every non-blank line after the header comes out as one row, a line that cannot be split (a quote
 * left open) as a row with its {@link PartyRow#problem()}: nothing is left unscreened without a
 * word. A header without a name or IMO column is refused before any row is read.
 */
public final class PartyCsvReader implements AutoCloseable {
  public static final List<String> COLUMNS =
      List.of("id", "name", "type", "birth_date", "country", "imo");

  private final BatchCsvReader reader;
  private final Map<String, Integer> columns;
  private long rowNumber;

  /**
   * Opens the CSV text and reads its header.
   *
   * @param file the file's name for messages
   * @throws InvalidInputException if the text is empty or its header names neither name nor imo
   */
  public PartyCsvReader(Reader text, String file, InputLimits limits) {
    this.reader = BatchCsvReader.open(text, file, limits);
    try {
      this.columns = header(reader, file);
    } catch (RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** The next party, or empty at the end of the file. */
  public Optional<PartyRow> next() {
    Optional<BatchCsvLine> next = reader.next();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    rowNumber++;
    if (next.get() instanceof BatchCsvLine.Broken broken) {
      PartyFields none = new PartyFields("", "", "", "", "");
      return Optional.of(
          new PartyRow(broken.line(), String.valueOf(rowNumber), none, broken.problem()));
    }
    BatchCsvLine.Fields row = (BatchCsvLine.Fields) next.get();
    String id = field(row, "id");
    String rowId = id.isEmpty() ? String.valueOf(rowNumber) : id;
    long line = row.line();
    PartyFields party =
        new PartyFields(
            field(row, "name"),
            field(row, "type"),
            field(row, "birth_date"),
            field(row, "country"),
            field(row, "imo"));
    return Optional.of(new PartyRow(line, rowId, party));
  }

  private String field(BatchCsvLine.Fields row, String column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.field(index);
  }

  private static Map<String, Integer> header(BatchCsvReader reader, String file) {
    BatchCsvLine first =
        reader
            .next()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        file
                            + " is empty: expected a header row naming any of "
                            + String.join(",", COLUMNS)
                            + ", then one party per row."));
    if (first instanceof BatchCsvLine.Broken broken) {
      throw new InvalidInputException(
          file + ", line " + broken.line() + " (the header): " + broken.problem());
    }
    return columns(file, ((BatchCsvLine.Fields) first).fields());
  }

  /**
   * Where each known column is in a parties header, for a face that reads the rows itself (the
   * Spark job reads them with Spark): names are read case-insensitively and stripped, a byte-order
   * mark is ignored, and the first of a repeated name counts.
   *
   * @param file the batch's name for messages
   * @throws InvalidInputException if the header names neither name nor imo
   */
  public static Map<String, Integer> columns(String file, List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", "");
      if (COLUMNS.contains(column)) {
        columns.putIfAbsent(column, i);
      }
    }
    if (!columns.containsKey("name") && !columns.containsKey("imo")) {
      throw new InvalidInputException(
          file
              + ", line 1: the header names no 'name' (nor 'imo') column: expected any of "
              + String.join(",", COLUMNS)
              + ", found "
              + String.join(",", header)
              + ". Add a header row such as id,name,type,birth_date,country,imo.");
    }
    return Map.copyOf(columns);
  }

  @Override
  public void close() {
    reader.close();
  }
}
