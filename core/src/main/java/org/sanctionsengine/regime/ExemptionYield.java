package org.sanctionsengine.regime;

/** What claiming an exemption turns a measure's effect into. */
public enum ExemptionYield {
  /** The exemption applies as claimed: permitted, with its conditions listed. */
  PERMITTED,
  /** The exemption needs an authorisation first (a Committee approval, a national licence). */
  LICENSE_REQUIRED,
  /** The exemption depends on a determination the engine cannot make: a person must decide. */
  REVIEW,
  /**
   * The claim is a condition of supplies under a quantity cap, not a way past it (the livelihood
   * condition of 2375 OP14 and 2397 OP5): the delivery still counts against the cap and is refused
   * beyond it. Only quantity-cap measures may carry it.
   */
  WITHIN_CAP;

  public String code() {
    return WireCodes.of(this);
  }
}
