package org.sanctionsengine.lists.uk;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.input.CsvRecordReader;
import org.sanctionsengine.input.CsvRow;
import org.sanctionsengine.input.ListFormatException;
import org.sanctionsengine.input.SourceLocation;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ListReader;
import org.sanctionsengine.lists.ReadContext;

/**
 * Reads the UK ConList CSV: line 1 {@code Last Updated,DD/MM/YYYY} (the publication date), line 2
 * the header, then one row per name. Columns are found by header name, so both the 2016 and the
 * 2022 column sets work. Rows of one group (Group ID) need not be adjacent, so groups are held
 * until the end of the file; the file's size limit bounds them. A file that ends inside a row is
 * rejected as truncated, with the line.
 */
public final class UkConListCsvReader implements ListReader {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Override
  public Optional<LocalDate> read(ListInput input, ReadContext context, Consumer<Entity> sink) {
    String file = ListInput.displayName(input.main());
    Map<String, List<UkRow>> groups = new LinkedHashMap<>();
    Optional<LocalDate> published;
    try (CsvRecordReader csv =
        CsvRecordReader.open(input.main(), file, WINDOWS_1252, context.limits()).asListFile()) {
      CsvRow first = csv.next().orElseThrow(() -> notUk(SourceLocation.ofFile(file), "nothing"));
      published = lastUpdated(first);
      CsvRow headerRow =
          published.isPresent()
              ? csv.next()
                  .orElseThrow(
                      () -> notUk(first.location(), "no header after the Last Updated line"))
              : first;
      Map<String, Integer> header = header(headerRow);
      for (Optional<CsvRow> row = csv.next(); row.isPresent(); row = csv.next()) {
        csv.checkWidth(row.get(), headerRow.size());
        UkRow uk = new UkRow(header, row.get());
        String group = uk.get("Group ID");
        if (group.isEmpty()) {
          context.problem(row.get().location(), "the row has no Group ID; every row needs one.");
          continue;
        }
        groups.computeIfAbsent(group, k -> new ArrayList<>()).add(uk);
      }
    }
    UkEntryMapper mapper = new UkEntryMapper(context);
    groups.forEach((id, rows) -> mapper.map(id, rows).ifPresent(sink));
    warnAboutPartialGroups(file, groups, context);
    return published;
  }

  private static Optional<LocalDate> lastUpdated(CsvRow row) {
    if (!row.field(0).equalsIgnoreCase("Last Updated")) {
      return Optional.empty();
    }
    return date(row.field(1));
  }

  private static Map<String, Integer> header(CsvRow row) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < row.size(); i++) {
      header.put(row.field(i).toLowerCase(Locale.ROOT), i);
    }
    if (!header.containsKey("group id") || !header.containsKey("name 6")) {
      throw notUk(row.location(), "a header without the columns `Name 6` and `Group ID`");
    }
    return header;
  }

  private static void warnAboutPartialGroups(
      String file, Map<String, List<UkRow>> groups, ReadContext context) {
    long withoutPrimary =
        groups.values().stream().filter(rows -> rows.stream().noneMatch(UkRow::isPrimary)).count();
    if (withoutPrimary > 0) {
      context.warning(
          String.format(
              Locale.ROOT,
              "`%s`: %,d of %,d groups have no primary-name"
                  + " row (Alias Type `Prime Alias` / `Primary Name`); the file may be a partial"
                  + " extract. Their first row's name is used as primary.",
              file,
              withoutPrimary,
              groups.size()));
    }
  }

  static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip(), DAY));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static ListFormatException notUk(SourceLocation at, String found) {
    return new ListFormatException(
        at,
        "expected the UK consolidated list CSV (`Last Updated`"
            + " line, then a header with `Name 6` ... `Group ID`), found "
            + found
            + ".",
        "Give the ConList.csv file as published, or pick the right --format.");
  }
}
