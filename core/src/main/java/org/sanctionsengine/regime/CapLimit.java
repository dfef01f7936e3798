package org.sanctionsengine.regime;

/** One limit of a cap period: 500,000 barrels; 7,500,000 tonnes; USD 400,870,018. */
public record CapLimit(long amount, CapUnit unit) {
  public CapLimit {
    if (amount <= 0) {
      throw new IllegalArgumentException("cap limit must be positive: " + amount);
    }
  }
}
