package org.sanctionsengine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchJson;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.PartyCsvReader;
import org.sanctionsengine.match.PartyRow;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentCsvReader;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * The single-machine path, call for call as the command line makes it ({@code sanctions screen
 * --file}: {@code BatchScreening} with {@code PartyCsvReader}; {@code sanctions check --file}:
 * {@code CheckCommand} and {@code BatchOutput}), with each row's result as one comparable line.
 */
final class SingleMachine {
  private SingleMachine() {}

  /** Per 1-based data row: "id | error | hit; hit; ..." of {@code sanctions screen --file}. */
  static Map<Long, String> screen(NameIndex index, Path file, double threshold) {
    Map<Long, String> results = new LinkedHashMap<>();
    try (PartyCsvReader reader =
        new PartyCsvReader(
            Files.newBufferedReader(file, StandardCharsets.UTF_8),
            file.getFileName().toString(),
            InputLimits.defaults())) {
      long rowNumber = 0;
      for (Optional<PartyRow> next = reader.next(); next.isPresent(); next = reader.next()) {
        rowNumber++;
        PartyRow row = next.get();
        try {
          if (row.isBroken()) {
            throw new InvalidInputException(row.problem());
          }
          List<Match> hits = Screening.hits(index, row.party().toBatchQuery().query(), threshold);
          results.put(rowNumber, Results.party(row.id(), "", hits(hits, threshold)));
        } catch (InvalidInputException e) {
          results.put(rowNumber, Results.party(row.id(), e.getMessage(), List.of()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
              MatchJson.rounded(hit.score()),
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
}
