package org.sanctionsengine.lists.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Vessel;

/**
 * Writes entities as FollowTheMoney JSON lines: {@code id} ({@code <source>-<source id>}, e.g.
 * {@code un-KPi.033}), {@code schema} (Person, Organization, Vessel, Airplane), {@code caption},
 * {@code properties} and {@code datasets}. Weak aliases become {@code weakAlias}, former names
 * {@code previousName}; a birth-date range becomes its first and last year (FtM has no ranges).
 */
public final class FtmWriter implements AutoCloseable {
  private final JsonGenerator json;
  private boolean written;

  public FtmWriter(Writer out) throws IOException {
    this.json = new JsonFactory().createGenerator(out);
    json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
  }

  /** Writes one entity as one line. */
  public void write(Entity entity) throws IOException {
    written = true;
    json.writeStartObject();
    json.writeStringField("id", entity.ref().source().code() + "-" + entity.ref().sourceId());
    json.writeStringField("schema", schema(entity));
    json.writeStringField("caption", entity.primaryName().value());
    json.writeObjectFieldStart("properties");
    for (Map.Entry<String, List<String>> property : properties(entity).entrySet()) {
      if (!property.getValue().isEmpty()) {
        json.writeArrayFieldStart(property.getKey());
        for (String value : property.getValue().stream().distinct().toList()) {
          json.writeString(value);
        }
        json.writeEndArray();
      }
    }
    json.writeEndObject();
    json.writeArrayFieldStart("datasets");
    json.writeString(entity.ref().source().code());
    json.writeEndArray();
    json.writeStringField("snapshot", entity.ref().snapshotId());
    json.writeEndObject();
  }

  private static String schema(Entity entity) {
    return switch (entity) {
      case Person p -> "Person";
      case Organization o -> "Organization";
      case Vessel v -> "Vessel";
      case Aircraft a -> "Airplane";
    };
  }

  static Map<String, List<String>> properties(Entity entity) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    Listing listing = entity.listing();
    for (Name name : listing.names()) {
      String property =
          switch (name.type()) {
            case PRIMARY, ORIGINAL_SCRIPT -> "name";
            case FORMER -> "previousName";
            case ALIAS -> name.isWeak() ? "weakAlias" : "alias";
          };
      add(p, property, name.value());
    }
    listing
        .nationalities()
        .forEach(c -> add(p, entity instanceof Person ? "nationality" : "country", code(c)));
    for (Identifier id : listing.identifiers()) {
      add(p, property(id.type()), id.value());
    }
    listing.addresses().forEach(a -> add(p, "address", a.full()));
    listing.programs().forEach(program -> add(p, "program", program.code()));
    listing.positions().forEach(position -> add(p, "position", position));
    listing.remarks().forEach(remark -> add(p, "notes", remark));
    listing.listedOn().ifPresent(date -> add(p, "createdAt", date.toString()));
    add(p, "topics", "sanction");
    kindProperties(entity, p);
    return p;
  }

  private static void kindProperties(Entity entity, Map<String, List<String>> p) {
    switch (entity) {
      case Person person -> {
        person.birthDates().forEach(date -> birthDate(date).forEach(d -> add(p, "birthDate", d)));
        person.placesOfBirth().forEach(place -> add(p, "birthPlace", place));
        if (person.gender() != Gender.UNKNOWN) {
          add(p, "gender", person.gender().name().toLowerCase(Locale.ROOT));
        }
      }
      case Organization organization -> {}
      case Vessel vessel -> {
        add(p, "type", vessel.particulars().type());
        add(p, "flag", code(vessel.particulars().flag()));
        vessel.particulars().formerFlags().forEach(f -> add(p, "pastFlags", code(f)));
        add(p, "tonnage", vessel.particulars().tonnage());
      }
      case Aircraft aircraft -> add(p, "model", aircraft.model());
    }
  }

  private static List<String> birthDate(BirthDate date) {
    return switch (date) {
      case BirthDate.Exact exact -> List.of(exact.date().toString());
      case BirthDate.Month month -> List.of(month.month().toString());
      case BirthDate.Year year -> List.of(Integer.toString(year.year()));
      case BirthDate.Range range ->
          List.of(Integer.toString(range.from().getYear()), Integer.toString(range.to().getYear()));
      case BirthDate.Text text -> List.of();
    };
  }

  private static String property(IdentifierType type) {
    return switch (type) {
      case PASSPORT -> "passportNumber";
      case NATIONAL_ID -> "idNumber";
      case IMO -> "imoNumber";
      case MMSI -> "mmsi";
      case CALL_SIGN -> "callSign";
      case BIC -> "swiftBic";
      case REGISTRATION_NUMBER, AIRCRAFT_TAIL -> "registrationNumber";
      case TAX_ID -> "taxNumber";
      case AIRCRAFT_SERIAL -> "serialNumber";
      case OTHER -> "idNumber";
    };
  }

  private static String code(Country country) {
    return country.code().isEmpty() ? country.text() : country.code().toLowerCase(Locale.ROOT);
  }

  private static void add(Map<String, List<String>> p, String property, String value) {
    if (!value.isBlank()) {
      p.computeIfAbsent(property, k -> new ArrayList<>()).add(value);
    }
  }

  @Override
  public void close() throws IOException {
    if (written) {
      json.writeRaw('\n');
    }
    json.close();
  }
}
