package org.sanctionsengine.screening;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.input.BatchCsvLine;
import org.sanctionsengine.input.BatchCsvReader;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Reads a shipments CSV: a header naming any of {@code id, date, from, to, origin, hs, description,
 * quantity, unit, value, currency, contract_date, exemption, party} (exemption and party may hold
 * several values separated by ';'), one shipment per line ({@link BatchCsvReader}: a quote left
 * open spoils its own line only). A bad row becomes {@link ShipmentRow.Invalid}; a file that is
 * empty, not UTF-8 text or lacks a required column is refused whole.
 */
public final class ShipmentCsvReader {
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "date",
          "from",
          "to",
          "origin",
          "hs",
          "description",
          "quantity",
          "unit",
          "value",
          "currency",
          "contract_date",
          "exemption",
          "party");

  private final Set<String> claims;

  public ShipmentCsvReader(Set<String> claims) {
    this.claims = Set.copyOf(claims);
  }

  /**
   * Reads a shipments file.
   *
   * @throws InvalidInputException when the file is empty, not UTF-8 text, or its header is unusable
   */
  public List<ShipmentRow> read(Path file) {
    try {
      return read(file.toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text; {@code file} names it in messages.
   *
   * @throws InvalidInputException when the text is empty or its header is unusable
   */
  public List<ShipmentRow> read(String file, String text) {
    return read(file, new StringReader(text));
  }

  /**
   * Reads CSV text from {@code text} and closes it. Every non-blank line after the header becomes
   * one row: a shipment, or the problem that keeps it from being one (a quote left open included),
   * so that the rows out always match the lines in.
   *
   * @throws InvalidInputException when the text is empty or its header is unusable
   */
  public List<ShipmentRow> read(String file, Reader text) {
    try (BatchCsvReader csv = BatchCsvReader.open(text, file, InputLimits.defaults())) {
      BatchCsvLine first =
          csv.next()
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "The shipments file '"
                              + file
                              + "' is empty: expected a CSV header (e.g. id,date,from,to,hs) and"
                              + " one row per shipment. Check that you gave the right file."));
      if (first instanceof BatchCsvLine.Broken broken) {
        throw notCsv(
            file, "its header at line " + broken.line() + " cannot be read: " + broken.problem());
      }
      List<String> written = ((BatchCsvLine.Fields) first).fields();
      checkHeader(file, written);
      Map<String, Integer> columns = columns(header(written));
      List<ShipmentRow> rows = new ArrayList<>();
      for (Optional<BatchCsvLine> next = csv.next(); next.isPresent(); next = csv.next()) {
        rows.add(row(columns, next.get()));
      }
      if (rows.isEmpty()) {
        throw new InvalidInputException(
            "The shipments file '"
                + file
                + "' has a header but no rows: add one row per shipment.");
      }
      return rows;
    }
  }

  /** Column names as written, case and surrounding spaces aside. */
  private static List<String> header(List<String> fields) {
    return fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
  }

  private static InvalidInputException notCsv(String file, String why) {
    return new InvalidInputException(
        "The shipments file '"
            + file
            + "' is not a CSV file ("
            + why
            + "): expected comma-separated text with a header such as id,date,from,to,hs."
            + " Export the sheet as CSV (UTF-8) and run again.");
  }

  /**
   * Refuses a header that lacks a required column (date, from, to, and hs or description). Column
   * names are read case-insensitively, surrounding spaces aside.
   *
   * @param file the batch's name in messages
   * @throws InvalidInputException naming the missing columns and the known ones
   */
  public static void checkHeader(String file, List<String> header) {
    List<String> names = header(header);
    List<String> missing = new ArrayList<>();
    for (String required : List.of("date", "from", "to")) {
      if (!names.contains(required)) {
        missing.add(required);
      }
    }
    if (!names.contains("hs") && !names.contains("description")) {
      missing.add("hs or description");
    }
    List<String> unknown =
        header.stream()
            .filter(h -> !h.isBlank() && !COLUMNS.contains(h.strip().toLowerCase(Locale.ROOT)))
            .toList();
    if (!missing.isEmpty() || header.size() < 2) {
      throw new InvalidInputException(
          String.format(
              Locale.ROOT,
              "The shipments file '%s' lacks the column%s %s: its header is '%s'. Expected a header"
                  + " naming date, from, to and hs or description (all columns: %s). %s",
              file,
              missing.size() == 1 ? "" : "s",
              String.join(", ", missing),
              String.join(",", header),
              String.join(", ", COLUMNS),
              unknown.isEmpty() ? "" : "Unknown columns: " + String.join(", ", unknown) + "."));
    }
  }

  /** Where each column is, the first of a repeated name counting. */
  private static Map<String, Integer> columns(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i), i);
    }
    return columns;
  }

  private ShipmentRow row(Map<String, Integer> columns, BatchCsvLine line) {
    return switch (line) {
      case BatchCsvLine.Broken broken ->
          new ShipmentRow.Invalid(broken.line(), "", broken.problem());
      case BatchCsvLine.Fields fields ->
          ShipmentFields.row(
              fields.line(),
              column -> {
                Integer index = columns.get(column);
                return index == null ? "" : fields.field(index);
              },
              claims);
    };
  }
}
