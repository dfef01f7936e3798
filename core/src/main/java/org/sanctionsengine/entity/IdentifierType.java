package org.sanctionsengine.entity;

/** The kinds of identifying numbers lists give, with stable wire codes. */
public enum IdentifierType {
  PASSPORT("passport"),
  NATIONAL_ID("national-id"),
  IMO("imo"),
  MMSI("mmsi"),
  CALL_SIGN("call-sign"),
  BIC("bic"),
  REGISTRATION_NUMBER("registration"),
  TAX_ID("tax-id"),
  AIRCRAFT_SERIAL("aircraft-serial"),
  AIRCRAFT_TAIL("aircraft-tail"),
  OTHER("other");

  private final String code;

  IdentifierType(String code) {
    this.code = code;
  }

  /** The stable wire code, e.g. {@code imo}. */
  public String code() {
    return code;
  }

  /** The type with this wire code; {@link #OTHER} for unknown codes. */
  public static IdentifierType ofCode(String code) {
    for (IdentifierType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    return OTHER;
  }
}
