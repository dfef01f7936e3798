package org.sanctionsengine.lists.ofac;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.CsvRecordReader;
import org.sanctionsengine.input.CsvRow;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.SourceLocation;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads OFAC's legacy CSV set: the main file ({@code sdn.csv} or {@code cons_prim.csv}; no header,
 * {@code -0-} for empty, CRLF, a trailing 0x1A, Windows-1252) streamed row by row, joined with its
 * address, alias and comment files, which are read first into maps by entity number (they are a
 * fraction of the main file). The files carry no publication date.
 */
public final class OfacLegacyCsvReader implements ListReader {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String EMPTY = "-0-";

  private final String prefix;

  /**
   * @param consolidated whether this is the consolidated non-SDN set ({@code cons_*.csv})
   */
  public OfacLegacyCsvReader(boolean consolidated) {
    this.prefix = consolidated ? "cons_" : "";
  }

  private String mainName() {
    return prefix.isEmpty() ? "sdn.csv" : "cons_prim.csv";
  }

  private String commentsName() {
    return prefix.isEmpty() ? "sdn_comments.csv" : "cons_comments.csv";
  }

  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    SideFiles side = readSideFiles(input, context);
    Path main = input.file(mainName()).orElse(input.main());
    OfacEntryMapper mapper = new OfacEntryMapper(context);
    String file = ListInput.displayName(main);
    try (CsvRecordReader csv = CsvRecordReader.open(main, file, WINDOWS_1252, context.limits())) {
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        csv.checkWidth(row.get(), 12);
        List<String> fields = cleaned(row.get());
        String entNum = entNum(fields, row.get().location());
        mapper.map(side.record(entNum, fields, row.get().location())).ifPresent(sink);
      }
    }
    return Optional.empty();
  }

  /** The rows of the address, alias and comment files, by entity number. */
  private record SideFiles(
      Map<String, List<Address>> addresses,
      Map<String, List<List<String>>> aliases,
      Map<String, String> comments) {
    OfacRecord record(String entNum, List<String> fields, SourceLocation location) {
      return new OfacRecord(
          entNum,
          fields,
          addresses.getOrDefault(entNum, List.of()),
          aliases.getOrDefault(entNum, List.of()),
          comments.getOrDefault(entNum, ""),
          location);
    }
  }

  private SideFiles readSideFiles(ListInput input, ReadContext context) {
    SideFiles side = new SideFiles(new HashMap<>(), new HashMap<>(), new HashMap<>());
    input
        .file(prefix + "add.csv")
        .ifPresent(
            f ->
                readSide(
                    f,
                    6,
                    context,
                    row ->
                        side.addresses()
                            .computeIfAbsent(row.get(0), k -> new ArrayList<>())
                            .add(address(row))));
    input
        .file(prefix + "alt.csv")
        .ifPresent(
            f ->
                readSide(
                    f,
                    5,
                    context,
                    row ->
                        side.aliases()
                            .computeIfAbsent(row.get(0), k -> new ArrayList<>())
                            .add(List.of(row.get(2), row.get(3), row.get(4)))));
    input
        .file(commentsName())
        .ifPresent(
            f ->
                readSide(
                    f,
                    2,
                    context,
                    row -> side.comments().merge(row.get(0), row.get(1), String::concat)));
    return side;
  }

  private static void readSide(
      Path path, int width, ReadContext context, Consumer<List<String>> rows) {
    String file = ListInput.displayName(path);
    try (CsvRecordReader csv = CsvRecordReader.open(path, file, WINDOWS_1252, context.limits())) {
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        csv.checkWidth(row.get(), width);
        List<String> fields = cleaned(row.get());
        entNum(fields, row.get().location());
        rows.accept(fields);
      }
    }
  }

  private static List<String> cleaned(CsvRow row) {
    List<String> fields = new ArrayList<>(row.size());
    for (int i = 0; i < row.size(); i++) {
      String value = row.field(i);
      fields.add(value.equals(EMPTY) ? "" : value);
    }
    return fields;
  }

  private static String entNum(List<String> fields, SourceLocation location) {
    String entNum = fields.getFirst();
    if (entNum.isEmpty() || entNum.length() > 9 || !entNum.chars().allMatch(Character::isDigit)) {
      throw new ListFormatException(
          location.withPath("field 1"),
          "expected an OFAC entity number (digits), found '" + entNum + "'.",
          "Check that this is an OFAC legacy CSV file (sdn.csv, add.csv, alt.csv ...), or pick"
              + " the right --format.");
    }
    return entNum;
  }

  private static Address address(List<String> row) {
    return new Address(row.get(2), row.get(3), "", "", Countries.resolve(row.get(4)), row.get(5));
  }
}
