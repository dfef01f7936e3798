package org.sanctionsengine.scenario;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.goods.HsChapters;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.screening.CountryCode;
import org.sanctionsengine.screening.Money;
import org.sanctionsengine.screening.QuantityUnit;
import org.sanctionsengine.screening.Shipment;
import org.sanctionsengine.screening.ShipmentFields;
import org.sanctionsengine.screening.ShipmentRow;

/**
 * Turns CSV records into rows for {@link PortfolioReader}: each distinct date, country, code, unit
 * and description is parsed once and remembered (one instance per thread: the memories are not
 * shared). A record that is not plain is read by {@link ShipmentFields}, as {@code check --file}
 * reads it.
 */
final class PortfolioRows {
  static final List<String> COLUMNS =
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
  private static final int ID = 0;
  private static final int DATE = 1;
  private static final int FROM = 2;
  private static final int TO = 3;
  private static final int ORIGIN = 4;
  private static final int HS = 5;
  private static final int DESCRIPTION = 6;
  private static final int QUANTITY = 7;
  private static final int UNIT = 8;
  private static final int VALUE = 9;
  private static final int CURRENCY = 10;
  private static final int CONTRACT = 11;
  private static final int EXEMPTION = 12;
  private static final int PARTY = 13;

  private final Set<String> claims;
  private final int[] columns;
  private final long lineOffset;
  private final Map<String, Optional<LocalDate>> dates = new HashMap<>();
  private final Map<String, Optional<CountryCode>> countries = new HashMap<>();
  private final Map<String, Optional<HsCode>> codes = new HashMap<>();
  private final Map<String, Optional<QuantityUnit.Spelling>> units = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();

  /**
   * @param columns the position of each of {@link #COLUMNS} in a record, -1 when absent
   * @param lineOffset added to the records' line numbers (for a later part of a split file)
   */
  PortfolioRows(Set<String> claims, int[] columns, long lineOffset) {
    this.claims = claims;
    this.columns = columns.clone();
    this.lineOffset = lineOffset;
  }

  /** Column positions by field, -1 when absent; empty when the header is not one we read. */
  static Optional<int[]> header(CsvRecord header) {
    int[] columns = new int[COLUMNS.size()];
    Arrays.fill(columns, -1);
    for (int i = 0; i < header.getFieldCount(); i++) {
      int field = COLUMNS.indexOf(header.getField(i));
      if (field < 0 || columns[field] >= 0) {
        return Optional.empty();
      }
      columns[field] = i;
    }
    boolean complete =
        columns[DATE] >= 0 && columns[FROM] >= 0 && columns[TO] >= 0 && columns[HS] >= 0;
    return complete ? Optional.of(columns) : Optional.empty();
  }

  ShipmentRow row(CsvRecord r) {
    String[] f = new String[COLUMNS.size()];
    for (int i = 0; i < f.length; i++) {
      int at = columns[i];
      f[i] = at >= 0 && at < r.getFieldCount() ? r.getField(at) : "";
    }
    long line = r.getStartingLineNumber() + lineOffset;
    Shipment quick = quick(f);
    return quick != null ? new ShipmentRow.Valid(line, quick) : slow(line, f);
  }

  /** The shipment when every field is plain and known; null when the careful reader must judge. */
  @org.jspecify.annotations.Nullable
  private Shipment quick(String[] f) {
    if (!f[EXEMPTION].isEmpty() || !f[PARTY].isEmpty() || f[HS].isEmpty()) {
      return null;
    }
    LocalDate date = dates.computeIfAbsent(f[DATE], PortfolioRows::date).orElse(null);
    CountryCode from = countries.computeIfAbsent(f[FROM], PortfolioRows::country).orElse(null);
    CountryCode to = countries.computeIfAbsent(f[TO], PortfolioRows::country).orElse(null);
    HsCode hs = codes.computeIfAbsent(f[HS], PortfolioRows::code).orElse(null);
    if (date == null || from == null || to == null || hs == null) {
      return null;
    }
    var b = Shipment.builder().date(date).from(from).to(to).goods(hs);
    if (!f[ORIGIN].isEmpty()) {
      CountryCode origin =
          countries.computeIfAbsent(f[ORIGIN], PortfolioRows::country).orElse(null);
      if (origin == null) {
        return null;
      }
      b.origin(origin);
    }
    if (!f[CONTRACT].isEmpty()) {
      LocalDate contract = dates.computeIfAbsent(f[CONTRACT], PortfolioRows::date).orElse(null);
      if (contract == null) {
        return null;
      }
      b.contractDate(contract);
    }
    return amounts(f, b) ? named(f, b).build() : null;
  }

  /** One instance per distinct text: a million rows name a few dozen goods. */
  private String shared(String text) {
    return texts.computeIfAbsent(text, t -> t);
  }

  private Shipment.ShipmentBuilder named(String[] f, Shipment.ShipmentBuilder b) {
    if (!f[ID].isBlank()) {
      b.id(f[ID].strip());
    }
    if (!f[DESCRIPTION].isBlank()) {
      b.description(shared(f[DESCRIPTION].strip()));
    }
    return b;
  }

  private boolean amounts(String[] f, Shipment.ShipmentBuilder b) {
    if (!f[QUANTITY].isEmpty()) {
      double amount = number(f[QUANTITY]);
      Optional<QuantityUnit.Spelling> unit = units.computeIfAbsent(f[UNIT], QuantityUnit::spelling);
      if (Double.isNaN(amount) || unit.isEmpty()) {
        return false;
      }
      b.quantity(unit.get().of(amount));
    }
    if (!f[VALUE].isEmpty()) {
      double amount = number(f[VALUE]);
      String currency = f[CURRENCY].isEmpty() ? "USD" : f[CURRENCY];
      if (Double.isNaN(amount) || !isCurrency(currency)) {
        return false;
      }
      b.value(new Money(amount, shared(currency)));
    }
    return true;
  }

  private static boolean isCurrency(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** A plain number >= 0, or NaN when the careful reader must judge it. */
  static double number(String text) {
    int length = text.length();
    if (length > 0 && length <= 15) {
      long whole = 0;
      int i = 0;
      while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        whole = whole * 10 + (text.charAt(i++) - '0');
      }
      if (i == length) {
        return whole; // digits only: the common case, without the cost of parseDouble
      }
    }
    try {
      double amount = Double.parseDouble(text);
      return amount >= 0 && !Double.isInfinite(amount) ? amount : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<CountryCode> country(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(CountryCode.parse(text, "column"));
    } catch (SanctionsException e) {
      return Optional.empty();
    }
  }

  private static Optional<HsCode> code(String text) {
    try {
      return Optional.of(HsChapters.parseKnown(text));
    } catch (SanctionsException e) {
      return Optional.empty();
    }
  }

  private ShipmentRow slow(long line, String[] f) {
    try {
      var raw =
          new ShipmentFields.Raw(
              f[ID],
              f[DATE],
              f[FROM],
              f[TO],
              f[ORIGIN],
              f[HS],
              f[DESCRIPTION],
              f[QUANTITY],
              f[UNIT],
              f[VALUE],
              f[CURRENCY],
              f[CONTRACT],
              list(f[EXEMPTION]),
              list(f[PARTY]));
      return new ShipmentRow.Valid(
          line, ShipmentFields.shipment(raw, ShipmentFields.Naming.COLUMNS, claims));
    } catch (SanctionsException e) {
      return new ShipmentRow.Invalid(line, f[ID], e.getMessage());
    }
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
