package org.sanctionsengine.lists;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.entity.Vessel;

/**
 * Writes an entity as one line of the snapshot's own JSON format, lossless (every field of the
 * model, unlike FollowTheMoney, which has no alias quality or date ranges). {@link
 * EntityJsonDecoder} reads it back. See docs/lists.md, "Snapshot layout".
 */
final class EntityJson {
  static final int FORMAT_VERSION = 1;

  private EntityJson() {}

  static void write(JsonGenerator json, Entity entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", entity.kind().code());
    json.writeStringField("source", entity.ref().source().code());
    json.writeStringField("id", entity.ref().sourceId());
    json.writeStringField("snapshot", entity.ref().snapshotId());
    writeListing(json, entity.listing());
    switch (entity) {
      case Person person -> writePerson(json, person);
      case Organization organization -> {}
      case Vessel vessel -> writeVessel(json, vessel);
      case Aircraft aircraft -> json.writeStringField("model", aircraft.model());
    }
    json.writeEndObject();
  }

  private static void writeListing(JsonGenerator json, Listing listing) throws IOException {
    json.writeArrayFieldStart("names");
    for (Name name : listing.names()) {
      json.writeStartObject();
      json.writeStringField("value", name.value());
      json.writeStringField("type", name.type().name());
      json.writeStringField("quality", name.quality().name());
      json.writeStringField("script", name.script().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("addresses");
    for (Address address : listing.addresses()) {
      json.writeStartObject();
      json.writeStringField("street", address.street());
      json.writeStringField("city", address.city());
      json.writeStringField("region", address.region());
      json.writeStringField("postalCode", address.postalCode());
      writeCountry(json, "country", address.country());
      json.writeStringField("note", address.note());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeIdentifiers(json, listing.identifiers());
    writeCountries(json, "nationalities", listing.nationalities());
    json.writeArrayFieldStart("programs");
    for (Program program : listing.programs()) {
      json.writeStartObject();
      json.writeStringField("code", program.code());
      json.writeStringField("label", program.label());
      json.writeEndObject();
    }
    json.writeEndArray();
    writeStrings(json, "positions", listing.positions());
    if (listing.listedOn().isPresent()) {
      json.writeStringField("listedOn", listing.listedOn().get().toString());
    }
    writeStrings(json, "remarks", listing.remarks());
  }

  private static void writeIdentifiers(JsonGenerator json, List<Identifier> identifiers)
      throws IOException {
    json.writeArrayFieldStart("identifiers");
    for (Identifier id : identifiers) {
      json.writeStartObject();
      json.writeStringField("type", id.type().code());
      json.writeStringField("value", id.value());
      json.writeStringField("normalized", id.normalized());
      json.writeStringField("label", id.label());
      writeCountry(json, "issuer", id.issuer());
      json.writeStringField("note", id.note());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writePerson(JsonGenerator json, Person person) throws IOException {
    json.writeArrayFieldStart("birthDates");
    for (BirthDate date : person.birthDates()) {
      json.writeStartObject();
      switch (date) {
        case BirthDate.Exact exact -> json.writeStringField("exact", exact.date().toString());
        case BirthDate.Month month -> json.writeStringField("month", month.month().toString());
        case BirthDate.Year year -> {
          json.writeNumberField("year", year.year());
          json.writeBooleanField("approximate", year.approximate());
        }
        case BirthDate.Range range -> {
          json.writeStringField("from", range.from().toString());
          json.writeStringField("to", range.to().toString());
        }
        case BirthDate.Text text -> json.writeStringField("text", text.text());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    writeStrings(json, "placesOfBirth", person.placesOfBirth());
    json.writeStringField("gender", person.gender().name());
  }

  private static void writeVessel(JsonGenerator json, Vessel vessel) throws IOException {
    json.writeObjectFieldStart("vessel");
    json.writeStringField("type", vessel.particulars().type());
    writeCountry(json, "flag", vessel.particulars().flag());
    writeCountries(json, "formerFlags", vessel.particulars().formerFlags());
    json.writeStringField("tonnage", vessel.particulars().tonnage());
    json.writeStringField("owner", vessel.particulars().owner());
    json.writeEndObject();
  }

  private static void writeCountry(JsonGenerator json, String field, Country country)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("code", country.code());
    json.writeStringField("text", country.text());
    json.writeEndObject();
  }

  private static void writeCountries(JsonGenerator json, String field, List<Country> countries)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Country country : countries) {
      json.writeStartObject();
      json.writeStringField("code", country.code());
      json.writeStringField("text", country.text());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** The text of a field, empty when missing. */
  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }
}
