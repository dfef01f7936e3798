package org.sanctionsengine.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Units a shipment's quantity may be given in, with the spellings users type: words, symbols and
 * the codes of UN/ECE Recommendation 20 ("Codes for Units of Measure Used in International Trade",
 * the codes of customs declarations and EDIFACT/UBL documents: {@code KGM}, {@code TNE}, {@code
 * MTQ}, {@code LTR}, {@code BLL}, {@code NAR}, {@code PR}, {@code DZN}, {@code MTK} …). A unit of
 * the same kind as one of these (grams, pounds, dozens, gallons) is converted on reading.
 */
public enum QuantityUnit {
  PIECES("pieces", "piece", "pcs", "pc", "units", "unit", "items", "item", "nar", "h87", "c62"),
  PAIRS("pairs", "pair", "pr", "prs"),
  TONNES("tonnes", "tonne", "t", "mt", "tons", "ton", "metric tons", "metric ton", "tne"),
  KILOGRAMS("kg", "kilograms", "kilogram", "kgs", "kilo", "kilos", "kgm"),
  BARRELS("barrels", "barrel", "bbl", "bbls", "bll"),
  LITRES("litres", "litre", "liters", "liter", "l", "lt", "ltr"),
  CUBIC_METRES(
      "m3", "m³", "cubic metres", "cubic metre", "cubic meters", "cubic meter", "cbm", "mtq"),
  SQUARE_METRES(
      "m2", "m²", "square metres", "square metre", "square meters", "square meter", "sqm", "mtk"),
  METRES("metres", "metre", "meters", "meter", "m", "mtr");

  /** Litres in one oil barrel (42 US gallons). */
  static final double LITRES_PER_BARREL = 158.987294928;

  /** Units read as a multiple of one of ours, with their spellings. */
  private static final List<Conversion> CONVERSIONS =
      List.of(
          new Conversion(PIECES, 12, "dozen", "dozens", "doz", "dz", "dzn"),
          new Conversion(KILOGRAMS, 0.001, "g", "gram", "grams", "grm"),
          new Conversion(KILOGRAMS, 0.45359237, "lb", "lbs", "pound", "pounds", "lbr"),
          new Conversion(TONNES, 0.90718474, "short tons", "short ton", "stn"),
          new Conversion(TONNES, 1.0160469088, "long tons", "long ton", "ltn"),
          new Conversion(LITRES, 0.001, "ml", "millilitres", "milliliters", "mlt"),
          new Conversion(LITRES, 100, "hl", "hectolitres", "hectoliters", "hlt"),
          new Conversion(LITRES, 3.785411784, "gal", "gallon", "gallons", "us gallons", "gll"));

  private static final Map<String, Spelling> SPELLINGS = spellings();

  private final String[] spellings;

  QuantityUnit(String... spellings) {
    this.spellings = spellings;
  }

  /**
   * A unit as written, and how much of one of ours it makes.
   *
   * @param unit the unit a quantity is kept in
   * @param factor how many of {@code unit} one of the written unit makes (12 for a dozen pieces)
   */
  public record Spelling(QuantityUnit unit, double factor) {
    /** {@code amount} of the written unit. */
    public Quantity of(double amount) {
      return new Quantity(amount * factor, unit);
    }
  }

  /** The canonical spelling ({@code tonnes}). */
  public String code() {
    return spellings[0];
  }

  /**
   * The unit written as {@code text}, case, spaces, dots, hyphens and underscores aside ({@code
   * TNE}, {@code Metric-Tons}, {@code m3}, {@code kg.}); empty when it is not known.
   */
  public static Optional<Spelling> spelling(String text) {
    String key =
        text.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[._\\-]+$", "")
            .replaceAll("[\\s_\\-]+", " ");
    return Optional.ofNullable(SPELLINGS.get(key));
  }

  /**
   * The unit written as {@code text} when it is one of ours, unconverted; see {@link #spelling}.
   */
  public static Optional<QuantityUnit> parse(String text) {
    return spelling(text).filter(s -> s.factor() == 1).map(Spelling::unit);
  }

  /** What a user may write, for messages. */
  public static String known() {
    return "pieces, pairs, dozens, tonnes (t), kg, g, lb, barrels (bbl), litres (l), gallons, m3,"
        + " m2 or metres, or a UN/ECE Recommendation 20 code such as KGM, TNE, MTQ, LTR, BLL, NAR,"
        + " PR, DZN or MTK";
  }

  private record Conversion(QuantityUnit unit, double factor, String... spellings) {}

  private static Map<String, Spelling> spellings() {
    Map<String, Spelling> all = new HashMap<>();
    for (QuantityUnit unit : values()) {
      for (String spelling : unit.spellings) {
        all.put(spelling, new Spelling(unit, 1));
      }
    }
    for (Conversion conversion : CONVERSIONS) {
      for (String spelling : conversion.spellings()) {
        all.put(spelling, new Spelling(conversion.unit(), conversion.factor()));
      }
    }
    return Map.copyOf(all);
  }
}
