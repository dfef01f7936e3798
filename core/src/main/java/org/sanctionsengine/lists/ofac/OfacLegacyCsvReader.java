package org.sanctionsengine.lists.ofac;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
    Path main = input.file(mainName()).orElse(input.main());
    checkComplete(input, main);
    SideFiles side = readSideFiles(input, context);
    OfacEntryMapper mapper = new OfacEntryMapper(context);
    String file = ListInput.displayName(main);
    try (CsvRecordReader csv =
        CsvRecordReader.open(main, file, WINDOWS_1252, context.limits()).asListFile()) {
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        csv.checkWidth(row.get(), 12);
        List<String> fields = cleaned(row.get());
        String entNum = entNum(fields, row.get().location());
        mapper.map(side.record(entNum, fields, row.get().location())).ifPresent(sink);
      }
      checkEndMarker(csv, file, true);
    }
    return Optional.empty();
  }

  private List<String> sideNames() {
    return List.of(prefix + "add.csv", prefix + "alt.csv", commentsName());
  }

  /**
   * Refuses a set with a part missing or a file that is no part of it: without {@code alt.csv}
   * thousands of aliases would vanish while the entry count still looked right.
   */
  private void checkComplete(ListInput input, Path main) {
    List<String> missing = sideNames().stream().filter(n -> input.file(n).isEmpty()).toList();
    List<String> foreign =
        input.files().stream()
            .filter(f -> !f.equals(main))
            .map(ListInput::displayName)
            .filter(n -> !sideNames().contains(n.toLowerCase(Locale.ROOT)))
            .toList();
    if (missing.isEmpty() && foreign.isEmpty()) {
      return;
    }
    String all = mainName() + ", " + String.join(", ", sideNames());
    throw new ListFormatException(
        SourceLocation.ofFile(ListInput.displayName(main)),
        missing.isEmpty()
            ? "the files "
                + foreign
                + " are not part of OFAC's legacy CSV set ("
                + all
                + "), so the set is not what it seems."
            : "OFAC's legacy CSV set is incomplete: "
                + String.join(", ", missing)
                + " "
                + (missing.size() == 1 ? "is" : "are")
                + " missing. Without "
                + (missing.size() == 1 ? "it" : "them")
                + " the entries would lose their "
                + missing.stream().map(this::role).collect(Collectors.joining(", "))
                + " while the entry count still looked right.",
        "Give all four files ("
            + all
            + ") or the directory that holds them, as OFAC publishes them together.");
  }

  private String role(String sideName) {
    if (sideName.endsWith("add.csv")) {
      return "addresses";
    }
    return sideName.endsWith("alt.csv") ? "aliases" : "remark overflow";
  }

  /**
   * OFAC ends each file with the byte 0x1A; a file without it was cut at a line break, which the
   * rows alone cannot show. The copy of {@code sdn_comments.csv} in shared/data (byte-for-byte as
   * published) has no marker while {@code cons_comments.csv} has one, so the comments file is not
   * held to it.
   */
  private static void checkEndMarker(CsvRecordReader csv, String file, boolean required) {
    if (required && !csv.endedWithMarker()) {
      throw new ListFormatException(
          SourceLocation.ofLine(file, csv.lastLine()),
          "the file does not end with the byte 0x1A that OFAC writes after the last row, so it"
              + " looks truncated (cut after this line); a truncated list is never imported, not"
              + " even with --force.",
          "Download the set again and import all of its files.");
    }
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

  private void readSide(Path path, int width, ReadContext context, Consumer<List<String>> rows) {
    String file = ListInput.displayName(path);
    try (CsvRecordReader csv =
        CsvRecordReader.open(path, file, WINDOWS_1252, context.limits()).asListFile()) {
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        csv.checkWidth(row.get(), width);
        List<String> fields = cleaned(row.get());
        entNum(fields, row.get().location());
        rows.accept(fields);
      }
      checkEndMarker(csv, file, !file.toLowerCase(Locale.ROOT).equals(commentsName()));
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
