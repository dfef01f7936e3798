package org.sanctionsengine.regime;

/** What sort of legal act an instrument is. Wire codes are the lower-case hyphenated names. */
public enum InstrumentKind {
  RESOLUTION,
  EXECUTIVE_ORDER,
  STATUTE,
  REGULATION,
  DECISION,
  GOVERNMENT_MEASURE;

  public String code() {
    return WireCodes.of(this);
  }
}
