package org.sanctionsengine.lists.ofac;

import java.util.Locale;
import org.sanctionsengine.entity.IdentifierType;

/** OFAC's names of identifying documents and features, as identifier types. */
final class OfacIds {
  private OfacIds() {}

  /** The type of an id labelled {@code label} (e.g. "Passport") with this number. */
  static IdentifierType type(String label, String number) {
    String lower = label.toLowerCase(Locale.ROOT);
    if (lower.contains("imo") || number.toUpperCase(Locale.ROOT).startsWith("IMO")) {
      return IdentifierType.IMO;
    }
    if (lower.startsWith("mmsi")) {
      return IdentifierType.MMSI;
    }
    if (lower.contains("call sign")) {
      return IdentifierType.CALL_SIGN;
    }
    if (lower.contains("swift")) {
      return IdentifierType.BIC;
    }
    if (lower.contains("passport")) {
      return IdentifierType.PASSPORT;
    }
    if (lower.contains("national id") || lower.contains("cedula") || lower.contains("c.u.r.p")) {
      return IdentifierType.NATIONAL_ID;
    }
    if (lower.contains("tax") || lower.contains("r.f.c")) {
      return IdentifierType.TAX_ID;
    }
    if (lower.contains("serial number")) {
      return IdentifierType.AIRCRAFT_SERIAL;
    }
    if (lower.contains("tail number")) {
      return IdentifierType.AIRCRAFT_TAIL;
    }
    return lower.contains("registration")
        ? IdentifierType.REGISTRATION_NUMBER
        : IdentifierType.OTHER;
  }
}
