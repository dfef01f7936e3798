package org.sanctionsengine.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves country names and codes as lists write them ("Democratic People's Republic of Korea",
 * "Korea, North", "KP", "PRK") to ISO 3166-1 alpha-2 codes. Unresolvable text is kept, uncoded.
 */
public final class Countries {
  private static final Map<String, String> BY_KEY = buildIndex();

  private Countries() {}

  /** The country this text names, with its code where it is known. Never fails. */
  public static Country resolve(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return Country.UNKNOWN;
    }
    String code = BY_KEY.get(key(stripped));
    return new Country(code == null ? "" : code, stripped);
  }

  /** Lower case, curly apostrophes straightened, runs of other punctuation as one space. */
  private static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = Character.toLowerCase(text.codePointAt(i));
      i += Character.charCount(c);
      if (c == '\u2019') {
        c = '\'';
      }
      if (Character.isLetterOrDigit(c) || c == '\'') {
        if (gap && !key.isEmpty()) {
          key.append(' ');
        }
        key.appendCodePoint(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    return key.toString();
  }

  private static Map<String, String> buildIndex() {
    Map<String, String> index = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale locale = Locale.of("", code);
      index.put(key(code), code);
      index.put(key(locale.getISO3Country()), code);
      index.put(key(locale.getDisplayCountry(Locale.ENGLISH)), code);
    }
    String[][] aliases = {
      {
        "KP",
        "Democratic People's Republic of Korea",
        "North Korea",
        "Korea, North",
        "DPRK",
        "Korea, Democratic People's Republic of",
        "Korea (Democratic People's Republic of)",
        "Korea DPR",
        "Democratic People's Republic of Korea (DPRK)"
      },
      {"KR", "Republic of Korea", "South Korea", "Korea, South", "Korea, Republic of"},
      {"IR", "Iran (Islamic Republic of)", "Islamic Republic of Iran", "Iran, Islamic Republic of"},
      {"SY", "Syrian Arab Republic", "Syria"},
      {"RU", "Russian Federation", "Russia"},
      {
        "CD",
        "Democratic Republic of the Congo",
        "Congo, Democratic Republic of the",
        "DRC",
        "Congo (Democratic Republic)"
      },
      {"CG", "Republic of the Congo", "Congo"},
      {"LY", "Libyan Arab Jamahiriya", "Libya"},
      {"TZ", "United Republic of Tanzania", "Tanzania"},
      {"VE", "Venezuela (Bolivarian Republic of)", "Venezuela"},
      {"BO", "Bolivia (Plurinational State of)", "Bolivia"},
      {"MD", "Republic of Moldova", "Moldova"},
      {"VN", "Viet Nam", "Vietnam"},
      {"LA", "Lao People's Democratic Republic", "Laos"},
      {"GB", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom", "UK"},
      {"US", "United States of America", "United States", "USA"},
      {"PS", "State of Palestine", "Palestinian", "West Bank", "Gaza"},
      {"TR", "Turkey", "Türkiye", "Turkiye"},
      {"CI", "Cote d'Ivoire", "Côte d'Ivoire", "Ivory Coast"},
      {"MM", "Myanmar", "Burma"},
      {"CZ", "Czech Republic", "Czechia"},
      {"MK", "North Macedonia", "Macedonia", "The former Yugoslav Republic of Macedonia"},
      {"SS", "South Sudan"},
      {"BA", "Bosnia and Herzegovina", "Bosnia-Herzegovina"},
      {"AE", "United Arab Emirates", "UAE"},
      {"HK", "Hong Kong", "Hong Kong SAR", "Hong Kong, China"},
      {"TW", "Taiwan", "Taiwan, Province of China"},
      {"CN", "China", "People's Republic of China"},
      {"KN", "Saint Kitts and Nevis", "St. Kitts and Nevis"},
      {"VC", "Saint Vincent and the Grenadines", "St. Vincent and the Grenadines"},
      {"FM", "Micronesia, Federated States of", "Micronesia"},
    };
    for (String[] row : aliases) {
      for (int i = 1; i < row.length; i++) {
        index.put(key(row[i]), row[0]);
      }
    }
    return Map.copyOf(index);
  }
}
