package org.sanctionsengine.entity;

import java.util.Optional;

/**
 * A listed ship. Its IMO number, MMSI and call sign are identifiers in the listing; {@link #imo()}
 * is a shortcut for the first IMO number.
 *
 * @param ref where the entry came from
 * @param listing names (former names are names of type {@link NameType#FORMER}), identifiers
 * @param particulars flag, former flags, type, tonnage, owner
 */
public record Vessel(ListEntryRef ref, Listing listing, VesselParticulars particulars)
    implements Entity {

  /** The IMO number (seven digits, normalised), if the list gives one. */
  public Optional<String> imo() {
    return identifier(IdentifierType.IMO).map(Identifier::normalized);
  }
}
