package org.sanctionsengine.screening;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Reads a shipments CSV: a header naming any of {@code id, date, from, to, origin, hs, description,
 * quantity, unit, value, currency, contract_date, exemption, party} (exemption and party may hold
 * several values separated by ';'), one shipment per row. A bad row becomes {@link
 * ShipmentRow.Invalid}; a file that is empty, not CSV or lacks a required column is refused whole.
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
   * @throws InvalidInputException when the file is empty, not CSV, or lacks a required column
   */
  public List<ShipmentRow> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw notCsv(file.toString(), "it is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(file.toString(), text);
  }

  /**
   * Reads CSV text; {@code file} names it in messages.
   *
   * @throws InvalidInputException when the text is empty, not CSV, or lacks a required column
   */
  public List<ShipmentRow> read(String file, String text) {
    if (text.indexOf('\u0000') >= 0) {
      throw notCsv(file, "it holds binary data");
    }
    if (text.isBlank()) {
      throw new InvalidInputException(
          "The shipments file '"
              + file
              + "' is empty: expected a CSV header (e.g. id,date,from,to,hs) and one row per"
              + " shipment. Check that you gave the right file.");
    }
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder()
            .allowMissingFields(true)
            .allowExtraFields(true)
            .ofNamedCsvRecord(text)) {
      List<ShipmentRow> rows = new ArrayList<>();
      for (NamedCsvRecord record : csv) {
        if (rows.isEmpty()) {
          checkHeader(file, record.getHeader());
        }
        rows.add(row(record));
      }
      if (rows.isEmpty()) {
        throw new InvalidInputException(
            "The shipments file '"
                + file
                + "' has a header but no rows: add one row per shipment.");
      }
      return rows;
    } catch (CsvParseException e) {
      throw notCsv(file, e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
   * Refuses a header that lacks a required column (date, from, to, and hs or description).
   *
   * @param file the batch's name in messages
   * @throws InvalidInputException naming the missing columns and the known ones
   */
  public static void checkHeader(String file, List<String> header) {
    List<String> missing = new ArrayList<>();
    for (String required : List.of("date", "from", "to")) {
      if (!header.contains(required)) {
        missing.add(required);
      }
    }
    if (!header.contains("hs") && !header.contains("description")) {
      missing.add("hs or description");
    }
    List<String> unknown =
        header.stream().filter(h -> !h.isBlank() && !COLUMNS.contains(h)).toList();
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

  private ShipmentRow row(NamedCsvRecord r) {
    return ShipmentFields.row(r.getStartingLineNumber(), column -> field(r, column), claims);
  }

  private static String field(NamedCsvRecord r, String name) {
    return r.findField(name).orElse("");
  }
}
