package org.sanctionsengine.screening;

import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.CapUnit;
import org.sanctionsengine.regime.Conversion;
import org.sanctionsengine.regime.GoodsMeasure.QuantityCap;

/**
 * A delivery's size in the unit of a cap limit: barrels (tonnes converted with the cap's factor for
 * the goods), tonnes, or US dollars. NaN when the shipment does not say (no quantity, no value, a
 * value in another currency, pieces).
 */
final class CapMath {
  private CapMath() {}

  static double amountIn(CapLimit limit, Shipment s, QuantityCap cap) {
    return switch (limit.unit()) {
      case USD -> s.value().filter(Money::isUsd).map(Money::amount).orElse(Double.NaN);
      case BARRELS -> s.quantity().map(q -> barrels(q, s.goods(), cap)).orElse(Double.NaN);
      case TONNES -> s.quantity().map(q -> tonnes(q, s.goods(), cap)).orElse(Double.NaN);
    };
  }

  private static double barrels(Quantity q, HsCode goods, QuantityCap cap) {
    double barrels = q.barrels();
    if (!Double.isNaN(barrels)) {
      return barrels;
    }
    return q.tonnes() * factor(goods, cap);
  }

  private static double tonnes(Quantity q, HsCode goods, QuantityCap cap) {
    double tonnes = q.tonnes();
    if (!Double.isNaN(tonnes)) {
      return tonnes;
    }
    return q.barrels() / factor(goods, cap);
  }

  /** Barrels per tonne: the most specific conversion whose goods cover the code, else NaN. */
  static double factor(HsCode goods, QuantityCap cap) {
    double factor = Double.NaN;
    int best = 0;
    for (Conversion conversion : cap.cap().conversions()) {
      for (HsCode code : conversion.goods().includedCodes()) {
        if (code.covers(goods) && code.length() > best) {
          best = code.length();
          factor = conversion.barrelsPerTonne();
        }
      }
    }
    return factor;
  }

  /** "500,000 bbl", "USD 400,870,018 or 7,500,000 t (the lower binds)". */
  static String describe(java.util.List<CapLimit> limits) {
    StringBuilder out = new StringBuilder();
    for (CapLimit limit : limits) {
      out.append(out.isEmpty() ? "" : " or ");
      out.append(
          limit.unit() == CapUnit.USD
              ? "USD " + Amounts.format(limit.amount())
              : Amounts.format(limit.amount()) + " " + limit.unit().symbol());
    }
    return limits.size() > 1 ? out + " (whichever is reached first binds)" : out.toString();
  }

  static String format(double amount, CapUnit unit) {
    return unit == CapUnit.USD
        ? "USD " + Amounts.format(Math.round(amount))
        : Amounts.format(Math.round(amount)) + " " + unit.symbol();
  }
}
