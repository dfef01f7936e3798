package org.sanctionsengine.screening;

import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.GoodsMeasure.QuantityCap;

/**
 * How much of one cap period a batch used: per limit, the amount counted and the limit.
 *
 * @param period the period's label ({@code 2018-01-01..2018-12-31})
 * @param deliveries deliveries counted against it
 * @param refused deliveries refused because they would have exceeded it
 */
public record CapUsage(
    QuantityCap cap, String period, CapLimit limit, double used, int deliveries, int refused) {

  /** "S/RES/2397 (2017) OP5, 2018-01-01..2018-12-31: 120,000 of 500,000 bbl (24.0%)". */
  public String describe() {
    return cap.provision().citation()
        + ", "
        + period
        + ": "
        + CapMath.format(used, limit.unit())
        + " of "
        + CapMath.format(limit.amount(), limit.unit())
        + " used ("
        + Amounts.percent(used, limit.amount())
        + "), "
        + deliveries
        + (deliveries == 1 ? " delivery" : " deliveries")
        + " counted, "
        + refused
        + " refused";
  }
}
