package org.sanctionsengine.entity;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A postal address as the list gives it. Parts the list leaves out are empty.
 *
 * @param street street lines, joined with ", "
 * @param city city or locality
 * @param region state, province or region
 * @param postalCode postal code
 * @param country the country
 * @param note anything else (e.g. "as of 2016")
 */
public record Address(
    String street, String city, String region, String postalCode, Country country, String note) {
  public Address {
    street = street.strip();
    city = city.strip();
    region = region.strip();
    postalCode = postalCode.strip();
    note = note.strip();
  }

  /** The address on one line, parts separated by ", ". */
  public String full() {
    return Stream.of(street, city, region, postalCode, country.label())
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(", "));
  }

  /** Whether the address says anything at all. */
  public boolean isEmpty() {
    return full().isEmpty() && note.isEmpty();
  }
}
