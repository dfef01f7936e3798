package org.sanctionsengine.goods;

import java.util.Locale;

/**
 * A Harmonized System code of 2 (chapter), 4 (heading), 6 (subheading), 8 or 10 (national
 * subdivision) digits. {@link #parse} accepts the usual spellings ({@code 7403.11}, {@code 740311},
 * {@code 7403 11}); the record itself holds digits only, so an invalid code cannot exist. Whether
 * the chapter exists in HS 2022 is checked by {@link HsChapters#require}.
 */
public record HsCode(String digits) implements Comparable<HsCode> {

  public HsCode {
    int length = digits.length();
    if (length < 2 || length > 10 || length % 2 != 0 || !digits.chars().allMatch(HsCode::isDigit)) {
      throw new IllegalArgumentException("not 2, 4, 6, 8 or 10 digits: " + digits);
    }
  }

  /**
   * Reads a code as users write it: digits with optional dots or spaces ({@code 7403.11}, {@code
   * 2710.19.43}).
   *
   * @throws UnknownHsCodeException when the text is not 2, 4, 6, 8 or 10 digits
   */
  public static HsCode parse(String text) {
    String trimmed = text.strip();
    String digits = trimmed.replace(".", "").replace(" ", "");
    int length = digits.length();
    boolean wellFormed =
        length >= 2
            && length <= 10
            && length % 2 == 0
            && digits.chars().allMatch(HsCode::isDigit)
            && !trimmed.startsWith(".")
            && !trimmed.endsWith(".");
    if (!wellFormed) {
      throw new UnknownHsCodeException(
          String.format(
              Locale.ROOT,
              "Malformed HS code '%s': expected 2, 4, 6, 8 or 10 digits, optionally with dots"
                  + " (e.g. '27', '2710', '7403.11' or '740311'), found %s. Check the code, or"
                  + " describe the goods with --description instead.",
              text,
              describe(digits)));
    }
    return new HsCode(digits);
  }

  private static String describe(String digits) {
    if (digits.isEmpty()) {
      return "nothing";
    }
    if (!digits.chars().allMatch(HsCode::isDigit)) {
      return "characters other than digits";
    }
    return digits.length() + " digit" + (digits.length() == 1 ? "" : "s");
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** The 2-digit chapter number, 1 to 99. */
  public int chapter() {
    return (digits.charAt(0) - '0') * 10 + (digits.charAt(1) - '0');
  }

  /** The number of digits: 2 (chapter), 4 (heading), 6 (subheading), 8 or 10. */
  public int length() {
    return digits.length();
  }

  /** This code cut to {@code length} digits (a chapter, heading ...); {@code this} when shorter. */
  public HsCode truncate(int length) {
    return length >= digits.length() ? this : new HsCode(digits.substring(0, length));
  }

  /** True when {@code other} is this code or falls under it ({@code 74} covers {@code 740311}). */
  public boolean covers(HsCode other) {
    return other.digits.startsWith(digits);
  }

  /** The code as people write it: {@code 7403.11}, {@code 2710.19.43}. */
  public String dotted() {
    if (digits.length() <= 4) {
      return digits;
    }
    StringBuilder out = new StringBuilder(digits.substring(0, 4));
    for (int i = 4; i < digits.length(); i += 2) {
      out.append('.').append(digits, i, i + 2);
    }
    return out.toString();
  }

  @Override
  public int compareTo(HsCode other) {
    return digits.compareTo(other.digits);
  }

  @Override
  public String toString() {
    return digits;
  }
}
