package org.sanctionsengine.regime;

/** Which way goods must move for a measure to catch them, seen from the target (the DPRK). */
public enum Direction {
  /** Supply, sale or transfer to the target (exports to the DPRK). */
  INTO_TARGET,
  /** Procurement from the target (the DPRK's exports, and goods of DPRK origin). */
  FROM_TARGET,
  /** Both ways. */
  BOTH;

  public boolean includesInto() {
    return this != FROM_TARGET;
  }

  public boolean includesFrom() {
    return this != INTO_TARGET;
  }

  public String code() {
    return WireCodes.of(this);
  }
}
