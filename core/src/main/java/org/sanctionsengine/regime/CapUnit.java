package org.sanctionsengine.regime;

/** The units a cap limit is set in. */
public enum CapUnit {
  BARRELS("bbl"),
  TONNES("t"),
  USD("USD");

  private final String symbol;

  CapUnit(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public String code() {
    return WireCodes.of(this);
  }
}
