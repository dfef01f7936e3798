package org.sanctionsengine.screening;

import java.util.Locale;
import java.util.Set;
import org.sanctionsengine.input.InvalidInputException;

/**
 * An ISO 3166-1 alpha-2 country code, as the JDK knows them ({@code KP}, {@code CN}, {@code GB}).
 */
public record CountryCode(String alpha2) {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());

  /** The DPRK, the target of the regime. */
  public static final CountryCode KP = new CountryCode("KP");

  public static final CountryCode US = new CountryCode("US");
  public static final CountryCode KR = new CountryCode("KR");

  public CountryCode {
    if (!ISO.contains(alpha2)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + alpha2);
    }
  }

  /**
   * Reads a code given for {@code field} ({@code --from}, column {@code to}), in any case.
   *
   * @throws InvalidInputException naming the field, the value and what to give instead
   */
  public static CountryCode parse(String text, String field) {
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (ISO.contains(code)) {
      return new CountryCode(code);
    }
    throw new InvalidInputException(
        "Unknown country code '"
            + text
            + "' for "
            + field
            + ": expected an ISO 3166-1 alpha-2 code such as KP, CN, US or DE."
            + hint(code)
            + " Check the code and run again.");
  }

  private static String hint(String code) {
    return switch (code) {
      case "UK" -> " The United Kingdom is GB.";
      case "EL" -> " Greece is GR.";
      case "EU" -> " The EU is not a country: give the member state.";
      case "NK", "DPRK", "PRK" -> " North Korea (DPRK) is KP.";
      case "SK", "ROK", "KOR" -> " South Korea (ROK) is KR.";
      default -> "";
    };
  }

  @Override
  public String toString() {
    return alpha2;
  }
}
