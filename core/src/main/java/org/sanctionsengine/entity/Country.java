package org.sanctionsengine.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * A country as a list names it: the text kept as written, and its ISO 3166-1 alpha-2 code where it
 * could be resolved ({@link Countries#resolve(String)}).
 *
 * @param code the ISO alpha-2 code in upper case, or empty when unresolved or unknown
 * @param text the country as the list writes it (may be empty when only a code was given)
 */
public record Country(String code, String text) {
  /** No country given. */
  public static final Country UNKNOWN = new Country("", "");

  public Country {
    code = code.strip().toUpperCase(Locale.ROOT);
    text = text.strip();
    if (!code.isEmpty() && !isAlpha2(code)) {
      throw new IllegalArgumentException("Not an ISO alpha-2 code: '" + code + "'");
    }
  }

  private static boolean isAlpha2(String code) {
    return code.length() == 2
        && code.charAt(0) >= 'A'
        && code.charAt(0) <= 'Z'
        && code.charAt(1) >= 'A'
        && code.charAt(1) <= 'Z';
  }

  /** The alpha-2 code, when resolved. */
  public Optional<String> alpha2() {
    return code.isEmpty() ? Optional.empty() : Optional.of(code);
  }

  /** Whether the list gave anything at all. */
  public boolean isKnown() {
    return !code.isEmpty() || !text.isEmpty();
  }

  /** The text as written, or the code when the list gave only a code. */
  public String label() {
    return text.isEmpty() ? code : text;
  }
}
