package org.sanctionsengine.entity;

import java.util.Locale;

/**
 * An identifying number: passport, national id, IMO number, MMSI, SWIFT/BIC ...
 *
 * @param type what kind of number
 * @param value the number as the list writes it
 * @param normalized the number for lookups: upper case, letters and digits only, an IMO number
 *     without its "IMO" prefix (see {@link #normalize(IdentifierType, String)})
 * @param label the list's own name for the type, e.g. "Diplomatic Passport" (may be empty)
 * @param issuer the issuing country, {@link Country#UNKNOWN} when not given
 * @param note anything else the list says (issue date, "expires ..."), may be empty
 */
public record Identifier(
    IdentifierType type,
    String value,
    String normalized,
    String label,
    Country issuer,
    String note) {
  public Identifier {
    value = value.strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException("An identifier cannot be blank (" + type.code() + ")");
    }
    label = label.strip();
    note = note.strip();
  }

  /** An identifier whose lookup form is computed from its value. */
  public static Identifier of(IdentifierType type, String value, String label, Country issuer) {
    return new Identifier(type, value, normalize(type, value), label, issuer, "");
  }

  /** The identifier with a note attached. */
  public Identifier withNote(String newNote) {
    return new Identifier(type, value, normalized, label, issuer, newNote);
  }

  /**
   * The lookup form of a number: upper case, letters and digits only; an IMO number loses its "IMO"
   * prefix so that "IMO 9191888" and "9191888" meet.
   */
  public static String normalize(IdentifierType type, String value) {
    StringBuilder letters = new StringBuilder(value.length());
    value
        .toUpperCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(letters::appendCodePoint);
    String compact = letters.toString();
    if (type == IdentifierType.IMO && compact.startsWith("IMO")) {
      return compact.substring(3);
    }
    return compact;
  }
}
