package org.sanctionsengine.entity;

import java.util.List;

/**
 * A listed individual.
 *
 * @param ref where the entry came from
 * @param listing names, addresses, identifiers, nationalities, programs
 * @param birthDates every date of birth the list gives (exact, month, year, range, text)
 * @param placesOfBirth places of birth as the list writes them
 * @param gender the gender when the list states it
 */
public record Person(
    ListEntryRef ref,
    Listing listing,
    List<BirthDate> birthDates,
    List<String> placesOfBirth,
    Gender gender)
    implements Entity {
  public Person {
    birthDates = List.copyOf(birthDates);
    placesOfBirth = List.copyOf(placesOfBirth);
  }

  /** A person with no birth data or gender, e.g. for tests and sparse lists. */
  public static Person of(ListEntryRef ref, Listing listing) {
    return new Person(ref, listing, List.of(), List.of(), Gender.UNKNOWN);
  }
}
