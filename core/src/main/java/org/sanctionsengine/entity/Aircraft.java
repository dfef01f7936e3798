package org.sanctionsengine.entity;

/**
 * A listed aircraft. Its serial and tail numbers are identifiers in the listing.
 *
 * @param ref where the entry came from
 * @param listing names, identifiers, programs
 * @param model the aircraft model (e.g. "Airbus A310"), empty when the list gives none
 */
public record Aircraft(ListEntryRef ref, Listing listing, String model) implements Entity {
  public Aircraft {
    model = model.strip();
  }
}
