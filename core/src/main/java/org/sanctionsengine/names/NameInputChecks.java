package org.sanctionsengine.names;

import java.util.Locale;

/**
 * Rejects names that cannot be screened before any work is done on them: empty, too long, or
 * holding control characters or malformed Unicode. Invisible format characters (zero-width joiners,
 * byte-order marks, soft hyphens, bidi marks) are not errors: folding removes them.
 */
final class NameInputChecks {
  /**
   * The longest name accepted, in characters. Names on the UN, OFAC, EU and UK lists are under 300
   * characters.
   *
   * <p>TODO(issue 3): {@code org.sanctionsengine.input.InputLimits} limits list files (its string
   * length, 100,000 characters, is for any element of a file); a screening name needs its own,
   * smaller limit. Move this constant there as a {@code NAME_LENGTH} limit with a setting once the
   * lists and matching work agree on it.
   */
  static final int MAX_LENGTH = 1_000;

  private NameInputChecks() {}

  static void check(String raw) {
    if (raw.isBlank()) {
      throw new InvalidNameException(
          "Name is empty: expected at least one letter or digit, found "
              + (raw.isEmpty() ? "nothing" : "only spaces")
              + ". Give the name to screen, e.g. \"Kim Jong Un\".");
    }
    int length = raw.codePointCount(0, raw.length());
    if (length > MAX_LENGTH) {
      throw new InvalidNameException(
          String.format(
              Locale.ROOT,
              "Name is %,d characters long: the limit is %,d characters (names on sanctions lists"
                  + " are under 300). Check that the input holds one name, not a whole record or"
                  + " file.",
              length,
              MAX_LENGTH));
    }
    checkCharacters(raw);
  }

  private static void checkCharacters(String raw) {
    int position = 0;
    for (int i = 0; i < raw.length(); ) {
      int codePoint = raw.codePointAt(i);
      i += Character.charCount(codePoint);
      position++;
      if (Character.getType(codePoint) == Character.CONTROL) {
        throw new InvalidNameException(
            String.format(
                Locale.ROOT,
                "Name contains the control character U+%04X at position %d: names may hold"
                    + " letters, digits, spaces and punctuation only. Remove the character (it"
                    + " often comes from a broken export or copy) and try again.",
                codePoint,
                position));
      }
      if (Character.getType(codePoint) == Character.SURROGATE || isNoncharacter(codePoint)) {
        throw new InvalidNameException(
            String.format(
                Locale.ROOT,
                "Name contains the invalid character U+%04X at position %d: expected well-formed"
                    + " Unicode, found an unpaired surrogate or a noncharacter. Check that the"
                    + " input is encoded in UTF-8.",
                codePoint,
                position));
      }
    }
  }

  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
