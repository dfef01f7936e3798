package org.sanctionsengine.regime;

/**
 * How well the fact sheet could verify a measure (its status column), kept with the data so that
 * every decision can say how sure its citation is.
 */
public enum Status {
  /** The fact and the paragraph number were seen in the cited source. */
  CONFIRMED("confirmed"),
  /** What the measure does was seen; the paragraph number is a reading of the text. */
  OP_UNCONFIRMED("content confirmed; OP# unconfirmed"),
  /** Not found in any source consulted; taken from a reading of the primary text. */
  UNCONFIRMED("unconfirmed"),
  /** Our own mapping or deduction. */
  INFERENCE("inference");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The fact sheet's own words for this status. */
  public String label() {
    return label;
  }

  public String code() {
    return WireCodes.of(this);
  }
}
