package org.sanctionsengine.screening;

/** An amount of goods in a unit: 100 tonnes, 12 pieces, 30,000 barrels. */
public record Quantity(double amount, QuantityUnit unit) {
  public Quantity {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("quantity must be a finite number >= 0: " + amount);
    }
  }

  /** In tonnes, when the unit is a mass. */
  public double tonnes() {
    return switch (unit) {
      case TONNES -> amount;
      case KILOGRAMS -> amount / 1000;
      case PIECES, PAIRS, BARRELS, LITRES, CUBIC_METRES, SQUARE_METRES, METRES -> Double.NaN;
    };
  }

  /** In barrels, when the unit is a volume. */
  public double barrels() {
    return switch (unit) {
      case BARRELS -> amount;
      case LITRES -> amount / QuantityUnit.LITRES_PER_BARREL;
      case CUBIC_METRES -> amount * 1000 / QuantityUnit.LITRES_PER_BARREL;
      case PIECES, PAIRS, TONNES, KILOGRAMS, SQUARE_METRES, METRES -> Double.NaN;
    };
  }

  @Override
  public String toString() {
    return Amounts.format(amount) + " " + unit.code();
  }
}
