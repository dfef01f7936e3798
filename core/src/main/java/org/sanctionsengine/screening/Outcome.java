package org.sanctionsengine.screening;

/**
 * A decision, and the effect of one measure on a shipment. Declared from the most to the least
 * severe: a decision is the most severe effect of its findings (PROHIBITED > LICENSE_REQUIRED >
 * CAP_LIMITED > REVIEW > PERMITTED). The names are the wire codes.
 */
public enum Outcome {
  PROHIBITED,
  LICENSE_REQUIRED,
  CAP_LIMITED,
  REVIEW,
  PERMITTED;

  /** The more severe of the two. */
  public Outcome worst(Outcome other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
