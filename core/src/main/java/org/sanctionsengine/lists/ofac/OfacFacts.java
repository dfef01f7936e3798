package org.sanctionsengine.lists.ofac;

import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.entity.VesselParticulars;

/** What an OFAC entry says, gathered from fields and remarks, then built into an entity. */
final class OfacFacts {
  final Listing.Builder listing;
  final List<BirthDate> birthDates = new ArrayList<>();
  final List<String> placesOfBirth = new ArrayList<>();
  final List<Country> formerFlags = new ArrayList<>();
  Gender gender = Gender.UNKNOWN;
  String aircraftModel = "";
  String vesselType = "";
  String tonnage = "";
  String owner = "";
  Country flag = Country.UNKNOWN;

  OfacFacts(Listing.Builder listing) {
    this.listing = listing;
  }

  /** The entity of OFAC's type: "individual", "vessel", "aircraft", anything else an entity. */
  Entity build(ListEntryRef ref, String sdnType) {
    Listing built = listing.build();
    return switch (sdnType.toLowerCase(java.util.Locale.ROOT)) {
      case "individual" -> new Person(ref, built, birthDates, placesOfBirth, gender);
      case "vessel" ->
          new Vessel(
              ref, built, new VesselParticulars(vesselType, flag, formerFlags, tonnage, owner));
      case "aircraft" -> new Aircraft(ref, built, aircraftModel);
      default -> new Organization(ref, built);
    };
  }
}
