package org.sanctionsengine.screening;

import java.time.LocalDate;
import java.util.Map;

/**
 * EU member states with the days they joined and, for the United Kingdom, the last day EU law
 * applied to it (the end of the transition period, 31 December 2020).
 */
public final class EuMembership {
  private static final LocalDate FOUNDING = LocalDate.of(1958, 1, 1);
  private static final Map<String, LocalDate> JOINED =
      Map.ofEntries(
          Map.entry("BE", FOUNDING),
          Map.entry("DE", FOUNDING),
          Map.entry("FR", FOUNDING),
          Map.entry("IT", FOUNDING),
          Map.entry("LU", FOUNDING),
          Map.entry("NL", FOUNDING),
          Map.entry("DK", LocalDate.of(1973, 1, 1)),
          Map.entry("IE", LocalDate.of(1973, 1, 1)),
          Map.entry("GB", LocalDate.of(1973, 1, 1)),
          Map.entry("GR", LocalDate.of(1981, 1, 1)),
          Map.entry("ES", LocalDate.of(1986, 1, 1)),
          Map.entry("PT", LocalDate.of(1986, 1, 1)),
          Map.entry("AT", LocalDate.of(1995, 1, 1)),
          Map.entry("FI", LocalDate.of(1995, 1, 1)),
          Map.entry("SE", LocalDate.of(1995, 1, 1)),
          Map.entry("CY", LocalDate.of(2004, 5, 1)),
          Map.entry("CZ", LocalDate.of(2004, 5, 1)),
          Map.entry("EE", LocalDate.of(2004, 5, 1)),
          Map.entry("HU", LocalDate.of(2004, 5, 1)),
          Map.entry("LV", LocalDate.of(2004, 5, 1)),
          Map.entry("LT", LocalDate.of(2004, 5, 1)),
          Map.entry("MT", LocalDate.of(2004, 5, 1)),
          Map.entry("PL", LocalDate.of(2004, 5, 1)),
          Map.entry("SK", LocalDate.of(2004, 5, 1)),
          Map.entry("SI", LocalDate.of(2004, 5, 1)),
          Map.entry("BG", LocalDate.of(2007, 1, 1)),
          Map.entry("RO", LocalDate.of(2007, 1, 1)),
          Map.entry("HR", LocalDate.of(2013, 7, 1)));
  private static final Map<String, LocalDate> LAST_DAY = Map.of("GB", LocalDate.of(2020, 12, 31));

  /** Joining and last days by country index (see {@link #index}), for a lookup without hashing. */
  private static final LocalDate[] JOINED_BY_INDEX = new LocalDate[26 * 26];

  private static final LocalDate[] LAST_DAY_BY_INDEX = new LocalDate[26 * 26];

  static {
    JOINED.forEach((code, day) -> JOINED_BY_INDEX[index(code)] = day);
    LAST_DAY.forEach((code, day) -> LAST_DAY_BY_INDEX[index(code)] = day);
  }

  private EuMembership() {}

  private static int index(String alpha2) {
    return (alpha2.charAt(0) - 'A') * 26 + (alpha2.charAt(1) - 'A');
  }

  /** True when {@code country} was an EU member state (EU law applied to it) on {@code asOf}. */
  public static boolean isMember(CountryCode country, LocalDate asOf) {
    int index = index(country.alpha2());
    LocalDate joined = JOINED_BY_INDEX[index];
    if (joined == null || asOf.isBefore(joined)) {
      return false;
    }
    LocalDate last = LAST_DAY_BY_INDEX[index];
    return last == null || !asOf.isAfter(last);
  }
}
