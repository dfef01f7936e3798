package org.sanctionsengine.entity;

import java.util.List;

/**
 * What lists say about a ship beyond its names and numbers. Texts are empty when the list gives
 * nothing.
 *
 * @param type the vessel type, e.g. "Crude Oil Tanker"
 * @param flag the current flag state
 * @param formerFlags flags the ship flew before
 * @param tonnage tonnage as written, e.g. "1,795" or "GRT 2,500"
 * @param owner the owner or operator as written
 */
public record VesselParticulars(
    String type, Country flag, List<Country> formerFlags, String tonnage, String owner) {
  public VesselParticulars {
    type = type.strip();
    formerFlags = List.copyOf(formerFlags);
    tonnage = tonnage.strip();
    owner = owner.strip();
  }

  /** Particulars of a ship about which the list says nothing more. */
  public static VesselParticulars none() {
    return new VesselParticulars("", Country.UNKNOWN, List.of(), "", "");
  }
}
