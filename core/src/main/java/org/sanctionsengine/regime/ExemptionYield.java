package org.sanctionsengine.regime;

/** What claiming an exemption turns a measure's effect into. */
public enum ExemptionYield {
  /** The exemption applies as claimed: permitted, with its conditions listed. */
  PERMITTED,
  /** The exemption needs an authorisation first (a Committee approval, a national licence). */
  LICENSE_REQUIRED,
  /** The exemption depends on a determination the engine cannot make: a person must decide. */
  REVIEW;

  public String code() {
    return WireCodes.of(this);
  }
}
