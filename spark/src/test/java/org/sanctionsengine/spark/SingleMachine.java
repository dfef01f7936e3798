package org.sanctionsengine.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.input.CsvRecordReader;
import org.sanctionsengine.input.CsvRow;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * The single-machine path, call for call as the command line makes it ({@code sanctions screen
 * --file}: {@code BatchScreening}; {@code sanctions check --file}: {@code CheckCommand} and {@code
 * BatchOutput}), with each row's result written as one comparable line.
 */
final class SingleMachine {
  private SingleMachine() {}

  /** Per 1-based data row: "id | error | hit; hit; ..." of {@code sanctions screen --file}. */
  static Map<Long, String> screen(NameIndex index, Path file, double threshold) {
    Map<Long, String> results = new LinkedHashMap<>();
    String display = file.getFileName().toString();
    try (CsvRecordReader reader =
        CsvRecordReader.open(file, display, StandardCharsets.UTF_8, InputLimits.defaults())) {
      Map<String, Integer> columns =
          PartyFields.columns(display, reader.next().orElseThrow().fields());
      long rowNumber = 0;
      for (Optional<CsvRow> next = reader.next(); next.isPresent(); next = reader.next()) {
        rowNumber++;
        CsvRow row = next.get();
        String id = field(row, columns, "id");
        String shown = id.isEmpty() ? String.valueOf(rowNumber) : id;
        try {
          PartyFields party =
              new PartyFields(
                  field(row, columns, "name"),
                  field(row, columns, "type"),
                  field(row, columns, "birth_date"),
                  field(row, columns, "country"),
                  field(row, columns, "imo"));
          List<Match> hits = Screening.hits(index, party.toQuery(), threshold);
          results.put(rowNumber, Results.party(shown, "", hits(hits, threshold)));
        } catch (InvalidInputException e) {
          results.put(rowNumber, Results.party(shown, e.getMessage(), List.of()));
        }
      }
    }
    return results;
  }

  static List<String> hits(List<Match> hits, double threshold) {
    List<String> lines = new ArrayList<>();
    for (Match hit : hits) {
      lines.add(
          Results.hit(
              hit.entity().ref().key(),
              hit.matchedName(),
              Math.round(hit.score() * 10_000) / 10_000.0,
              hit.isMatch(threshold),
              hit.breakdown().explain(),
              hit.entity().ref().snapshotId()));
    }
    return lines;
  }

  /** Per 1-based data row: the decision of {@code sanctions check --file}, caps counted. */
  static Map<Long, String> check(Screener screener, Path file) {
    List<ShipmentRow> rows = new ShipmentCsvReader(screener.regime().claims().keySet()).read(file);
    List<Shipment> shipments = new ArrayList<>();
    for (ShipmentRow row : rows) {
      if (row instanceof ShipmentRow.Valid valid) {
        shipments.add(valid.shipment());
      }
    }
    BatchScreener.Result result = new BatchScreener(screener).screen(shipments);
    Map<Long, String> results = new LinkedHashMap<>();
    int next = 0;
    for (ShipmentRow row : rows) {
      // The CSV line of a data row is its row number plus the header line.
      long dataRow = row.line() - 1;
      switch (row) {
        case ShipmentRow.Valid valid -> {
          Decision d = result.decisions().get(next++);
          results.put(dataRow, Results.decision(valid.shipment().id(), d));
        }
        case ShipmentRow.Invalid invalid ->
            results.put(dataRow, Results.error(invalid.id(), invalid.problem()));
      }
    }
    return results;
  }

  private static String field(CsvRow row, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index == null ? "" : row.field(index);
  }
}
