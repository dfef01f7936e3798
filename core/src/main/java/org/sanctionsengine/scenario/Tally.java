package org.sanctionsengine.scenario;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the unlocked transactions of one group (a measure, an HS chapter, an authority) add up to:
 * how many, their value in US dollars, and their quantities by unit.
 *
 * @param key the group's code (a measure id, {@code 27}, {@code UN})
 * @param label the group's name for people
 * @param valueUsd the sum of the values given in USD; values in other currencies are counted in
 *     {@code otherCurrency}, not converted
 */
public record Tally(
    String key,
    String label,
    long transactions,
    double valueUsd,
    long otherCurrency,
    Map<String, Double> quantities) {
  public Tally {
    quantities = Map.copyOf(quantities);
  }

  /** The quantities in unit order, for printing. */
  public Map<String, Double> sortedQuantities() {
    return new TreeMap<>(quantities);
  }
}
