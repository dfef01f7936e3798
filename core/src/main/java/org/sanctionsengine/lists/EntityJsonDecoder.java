package org.sanctionsengine.lists;

import static org.sanctionsengine.lists.EntityJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.entity.Script;
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.entity.VesselParticulars;

/** Reads back what {@link EntityJson} wrote. Input is trusted: it is our own snapshot file. */
final class EntityJsonDecoder {
  private EntityJsonDecoder() {}

  static Entity read(JsonNode node) {
    ListEntryRef ref =
        new ListEntryRef(
            ListSource.parse(text(node, "source")), text(node, "id"), text(node, "snapshot"));
    Listing listing = listing(node);
    return switch (text(node, "kind")) {
      case "person" ->
          new Person(
              ref,
              listing,
              birthDates(node.path("birthDates")),
              strings(node.path("placesOfBirth")),
              Gender.valueOf(text(node, "gender")));
      case "vessel" -> new Vessel(ref, listing, vessel(node.path("vessel")));
      case "aircraft" -> new Aircraft(ref, listing, text(node, "model"));
      default -> new Organization(ref, listing);
    };
  }

  private static Listing listing(JsonNode node) {
    List<Name> names = new ArrayList<>();
    for (JsonNode name : node.path("names")) {
      names.add(
          new Name(
              text(name, "value"),
              NameType.valueOf(text(name, "type")),
              NameQuality.valueOf(text(name, "quality")),
              Script.valueOf(text(name, "script"))));
    }
    Listing.Builder listing = Listing.builder(names.getFirst());
    names.stream().skip(1).forEach(listing::name);
    for (JsonNode address : node.path("addresses")) {
      listing.address(
          new Address(
              text(address, "street"),
              text(address, "city"),
              text(address, "region"),
              text(address, "postalCode"),
              country(address.path("country")),
              text(address, "note")));
    }
    for (JsonNode id : node.path("identifiers")) {
      listing.identifier(
          new Identifier(
              IdentifierType.ofCode(text(id, "type")),
              text(id, "value"),
              text(id, "normalized"),
              text(id, "label"),
              country(id.path("issuer")),
              text(id, "note")));
    }
    node.path("nationalities").forEach(country -> listing.nationality(country(country)));
    node.path("programs")
        .forEach(p -> listing.program(new Program(text(p, "code"), text(p, "label"))));
    strings(node.path("positions")).forEach(listing::position);
    if (node.has("listedOn")) {
      listing.listedOn(LocalDate.parse(text(node, "listedOn")));
    }
    strings(node.path("remarks")).forEach(listing::remark);
    return listing.build();
  }

  private static List<BirthDate> birthDates(JsonNode dates) {
    List<BirthDate> result = new ArrayList<>();
    for (JsonNode date : dates) {
      if (date.has("exact")) {
        result.add(new BirthDate.Exact(LocalDate.parse(text(date, "exact"))));
      } else if (date.has("month")) {
        result.add(new BirthDate.Month(YearMonth.parse(text(date, "month"))));
      } else if (date.has("year")) {
        result.add(
            new BirthDate.Year(date.get("year").asInt(), date.path("approximate").asBoolean()));
      } else if (date.has("from")) {
        result.add(
            new BirthDate.Range(
                LocalDate.parse(text(date, "from")), LocalDate.parse(text(date, "to"))));
      } else {
        result.add(new BirthDate.Text(text(date, "text")));
      }
    }
    return result;
  }

  private static VesselParticulars vessel(JsonNode vessel) {
    List<Country> formerFlags = new ArrayList<>();
    vessel.path("formerFlags").forEach(flag -> formerFlags.add(country(flag)));
    return new VesselParticulars(
        text(vessel, "type"),
        country(vessel.path("flag")),
        formerFlags,
        text(vessel, "tonnage"),
        text(vessel, "owner"));
  }

  private static Country country(JsonNode country) {
    return new Country(text(country, "code"), text(country, "text"));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
