package org.sanctionsengine.regime;

/** The field a transport measure restricts. */
public enum MaritimeArea {
  CARGO_INSPECTION,
  INTERDICTION,
  PORT_DENIAL,
  FLAG_AND_REGISTRATION,
  LEASING_AND_CREW,
  BUNKERING,
  SHIP_TO_SHIP,
  AVIATION,
  VESSEL_DESIGNATION,
  INSURANCE;

  public String code() {
    return WireCodes.of(this);
  }
}
