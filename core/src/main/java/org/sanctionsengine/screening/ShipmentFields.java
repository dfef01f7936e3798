package org.sanctionsengine.screening;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.goods.GoodsGazetteer;
import org.sanctionsengine.goods.HsChapters;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Reads the fields of a shipment as users give them (command-line flags or CSV cells), with
 * messages that name the field, the value, what was expected and what to do. Used by the CLI and
 * the CSV reader alike so that both speak the same way.
 */
public final class ShipmentFields {
  private ShipmentFields() {}

  /** The text of a shipment's fields, all optional except date, from, to and hs-or-description. */
  public record Raw(
      String id,
      String date,
      String from,
      String to,
      String origin,
      String hs,
      String description,
      String quantity,
      String unit,
      String value,
      String currency,
      String contractDate,
      List<String> exemptions,
      List<String> parties) {}

  /**
   * One row of named columns (see {@link #raw}) as a shipment, or the problem that keeps it from
   * being one, in the words of {@link Naming#COLUMNS}.
   *
   * @param line where the row is (its line in a CSV file, its row number elsewhere)
   */
  public static ShipmentRow row(long line, Function<String, String> column, Set<String> claims) {
    try {
      return new ShipmentRow.Valid(line, batchShipment(raw(column), Naming.COLUMNS, claims));
    } catch (SanctionsException e) {
      return new ShipmentRow.Invalid(line, column.apply("id"), e.getMessage());
    }
  }

  /**
   * The raw fields of one row of named columns: {@code column} gives the cell of a column by its
   * name ({@code id, date, from, to, origin, hs, description, quantity, unit, value, currency,
   * contract_date, exemption, party}), or "" when the row has no such column; {@code exemption} and
   * {@code party} may hold several values separated by ';'. The CSV reader and the Spark job read
   * rows through this one method.
   */
  public static Raw raw(Function<String, String> column) {
    return new Raw(
        column.apply("id"),
        column.apply("date"),
        column.apply("from"),
        column.apply("to"),
        column.apply("origin"),
        column.apply("hs"),
        column.apply("description"),
        column.apply("quantity"),
        column.apply("unit"),
        column.apply("value"),
        column.apply("currency"),
        column.apply("contract_date"),
        list(column.apply("exemption")),
        list(column.apply("party")));
  }

  private static List<String> list(String cell) {
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** What a field is called for the user: a flag ("--date") or a column ("column 'date'"). */
  public interface Naming {
    String of(String field);

    Naming FLAGS = field -> "--" + field.replace('_', '-');
    Naming COLUMNS = field -> "column '" + field + "'";
    Naming JSON =
        field ->
            "field '"
                + switch (field) {
                  case "contract_date" -> "contractDate";
                  case "exemption" -> "exemptions";
                  case "party" -> "parties";
                  default -> field;
                }
                + "'";
  }

  /**
   * A shipment from raw fields.
   *
   * @throws InvalidInputException naming the first unacceptable field
   */
  public static Shipment shipment(Raw raw, Naming names, Set<String> knownClaims) {
    return build(raw, names, knownClaims, null);
  }

  /**
   * A shipment from the raw fields of a batch row, which is judged whenever the fields a decision
   * needs can be read: date, from, to, goods (hs or description), origin and the parties'
   * countries. A malformed auxiliary field (quantity and unit, value and currency, contract date,
   * an unknown exemption claim) is left out with a warning on the shipment ({@link
   * Shipment#warnings()}): without it the decision can only be stricter (no wind-down, no
   * exemption), and a quantity that cannot be read makes capped goods REVIEW ({@link
   * Shipment#unreadQuantity()}).
   *
   * @throws InvalidInputException naming the first needed field that cannot be read
   */
  public static Shipment batchShipment(Raw raw, Naming names, Set<String> knownClaims) {
    return build(raw, names, knownClaims, new ArrayList<>());
  }

  /** Builds the shipment; {@code warnings} is null when a malformed auxiliary field refuses it. */
  private static Shipment build(
      Raw raw, Naming names, Set<String> knownClaims, @Nullable List<String> warnings) {
    var b = Shipment.builder();
    if (!raw.id().isBlank()) {
      b.id(raw.id().strip());
    }
    b.date(date(raw.date(), names.of("date")));
    CountryCode from = country(raw.from(), names.of("from"));
    b.from(from).to(country(raw.to(), names.of("to")));
    if (!raw.origin().isBlank()) {
      b.origin(CountryCode.parse(raw.origin(), names.of("origin")));
    }
    goods(raw, names, b);
    List<CountryCode> parties = new ArrayList<>();
    for (String party : raw.parties()) {
      parties.add(CountryCode.parse(party, names.of("party")));
    }
    b.parties(parties);
    boolean quantityRead = auxiliary(warnings, names.of("quantity"), () -> quantity(raw, names, b));
    if (!quantityRead) {
      b.unreadQuantity((raw.quantity().strip() + " " + raw.unit().strip()).strip());
    }
    auxiliary(warnings, names.of("value"), () -> value(raw, names, b));
    if (!raw.contractDate().isBlank()) {
      auxiliary(
          warnings,
          names.of("contract_date"),
          () -> b.contractDate(date(raw.contractDate(), names.of("contract_date"))));
    }
    List<String> claims = new ArrayList<>();
    for (String claim : raw.exemptions()) {
      auxiliary(
          warnings,
          names.of("exemption"),
          () -> claims.addAll(claims(List.of(claim), names.of("exemption"), knownClaims)));
    }
    b.exemptions(claims);
    if (warnings != null) {
      b.warnings(warnings);
    }
    return b.build();
  }

  /**
   * Reads an auxiliary field: a problem refuses the shipment when {@code warnings} is null, and is
   * otherwise added to them ("column 'unit' ignored: …").
   *
   * @return whether the field was read
   */
  private static boolean auxiliary(@Nullable List<String> warnings, String field, Runnable read) {
    try {
      read.run();
      return true;
    } catch (InvalidInputException e) {
      if (warnings == null) {
        throw e;
      }
      warnings.add(field + " ignored: " + e.getMessage());
      return false;
    }
  }

  private static CountryCode country(String text, String field) {
    if (text.isBlank()) {
      throw new InvalidInputException(
          "Missing " + field + ": give the ISO 3166-1 alpha-2 code of the country, e.g. KP or CN.");
    }
    return CountryCode.parse(text, field);
  }

  /** An ISO date (YYYY-MM-DD). */
  public static LocalDate date(String text, String field) {
    if (text.isBlank()) {
      throw new InvalidInputException(
          "Missing " + field + ": give the date as YYYY-MM-DD, e.g. 2021-08-04.");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "Invalid date '"
              + text
              + "' for "
              + field
              + ": expected YYYY-MM-DD (ISO 8601), e.g. 2021-08-04. Write the date in that form and"
              + " run again.");
    }
  }

  private static void goods(Raw raw, Naming names, Shipment.ShipmentBuilder b) {
    if (!raw.description().isBlank()) {
      b.description(raw.description().strip());
    }
    if (!raw.hs().isBlank()) {
      b.goods(HsChapters.parseKnown(raw.hs()));
      return;
    }
    if (raw.description().isBlank()) {
      throw new InvalidInputException(
          "No goods given: give "
              + names.of("hs")
              + " (an HS code such as 740311) or "
              + names.of("description")
              + " (plain words such as 'refined copper').");
    }
    HsCode code = GoodsGazetteer.standard().resolve(raw.description()).code();
    b.goods(code);
  }

  private static void quantity(Raw raw, Naming names, Shipment.ShipmentBuilder b) {
    if (raw.quantity().isBlank()) {
      return;
    }
    double amount = number(raw.quantity(), names.of("quantity"));
    if (raw.unit().isBlank()) {
      throw new InvalidInputException(
          "Missing "
              + names.of("unit")
              + " for the quantity "
              + raw.quantity()
              + ": expected one of "
              + QuantityUnit.known()
              + ".");
    }
    QuantityUnit.Spelling unit =
        QuantityUnit.spelling(raw.unit())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "Unknown unit '"
                            + raw.unit()
                            + "' for "
                            + names.of("unit")
                            + ": expected one of "
                            + QuantityUnit.known()
                            + "."));
    b.quantity(unit.of(amount));
  }

  private static void value(Raw raw, Naming names, Shipment.ShipmentBuilder b) {
    if (raw.value().isBlank()) {
      return;
    }
    double amount = number(raw.value(), names.of("value"));
    String currency = raw.currency().isBlank() ? "USD" : raw.currency().strip();
    if (!currency.matches("[A-Za-z]{3}")) {
      throw new InvalidInputException(
          "Invalid currency '"
              + currency
              + "' for "
              + names.of("currency")
              + ": expected an ISO 4217 code such as USD or EUR.");
    }
    b.value(new Money(amount, currency));
  }

  private static double number(String text, String field) {
    try {
      double amount = Double.parseDouble(text.strip().replace(",", ""));
      if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
        throw new NumberFormatException();
      }
      return amount;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          String.format(
              Locale.ROOT,
              "Invalid number '%s' for %s: expected a number >= 0 such as 100 or 2500.50.",
              text,
              field));
    }
  }

  private static List<String> claims(List<String> claims, String field, Set<String> known) {
    for (String claim : claims) {
      if (!known.contains(claim)) {
        throw new InvalidInputException(
            "Unknown exemption '"
                + claim
                + "' for "
                + field
                + ": expected one of "
                + String.join(", ", known.stream().sorted().toList())
                + ".");
      }
    }
    return claims;
  }
}
