package org.sanctionsengine.screening;

import java.util.Locale;
import java.util.Optional;

/** Units a shipment's quantity may be given in, with the spellings users type. */
public enum QuantityUnit {
  PIECES("pieces", "piece", "pcs", "pc", "units", "unit", "items", "item"),
  TONNES("tonnes", "tonne", "t", "mt", "tons", "ton", "metric-tons"),
  KILOGRAMS("kg", "kilograms", "kilogram", "kgs"),
  BARRELS("barrels", "barrel", "bbl", "bbls"),
  LITRES("litres", "litre", "liters", "liter", "l");

  /** Litres in one oil barrel (42 US gallons). */
  static final double LITRES_PER_BARREL = 158.987294928;

  private final String[] spellings;

  QuantityUnit(String... spellings) {
    this.spellings = spellings;
  }

  /** The canonical spelling ({@code tonnes}). */
  public String code() {
    return spellings[0];
  }

  public static Optional<QuantityUnit> parse(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (QuantityUnit unit : values()) {
      for (String spelling : unit.spellings) {
        if (spelling.equals(wanted)) {
          return Optional.of(unit);
        }
      }
    }
    return Optional.empty();
  }

  /** "pieces, tonnes, kg, barrels, litres". */
  public static String known() {
    StringBuilder out = new StringBuilder();
    for (QuantityUnit unit : values()) {
      out.append(out.isEmpty() ? "" : ", ").append(unit.code());
    }
    return out.toString();
  }
}
