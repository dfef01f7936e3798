package org.sanctionsengine.lists.ftm;

import static org.sanctionsengine.lists.ftm.FtmJsonReader.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.entity.VesselParticulars;
import org.sanctionsengine.input.SourceLocation;
import org.sanctionsengine.lists.ReadContext;

/** Maps one FtM entity object to an entity of the engine; other schemas give nothing. */
final class FtmEntryMapper {
  /** FtM property → identifier type, for the properties the engine keeps. */
  static final Map<String, IdentifierType> IDENTIFIERS =
      Map.ofEntries(
          Map.entry("passportNumber", IdentifierType.PASSPORT),
          Map.entry("idNumber", IdentifierType.NATIONAL_ID),
          Map.entry("imoNumber", IdentifierType.IMO),
          Map.entry("mmsi", IdentifierType.MMSI),
          Map.entry("callSign", IdentifierType.CALL_SIGN),
          Map.entry("swiftBic", IdentifierType.BIC),
          Map.entry("registrationNumber", IdentifierType.REGISTRATION_NUMBER),
          Map.entry("ogrnCode", IdentifierType.REGISTRATION_NUMBER),
          Map.entry("taxNumber", IdentifierType.TAX_ID),
          Map.entry("innCode", IdentifierType.TAX_ID),
          Map.entry("serialNumber", IdentifierType.AIRCRAFT_SERIAL));

  private final ReadContext context;
  private final Map<String, List<String>> programs;

  FtmEntryMapper(ReadContext context, Map<String, List<String>> programs) {
    this.context = context;
    this.programs = programs;
  }

  /** First pass: a Sanction's program (or programId), by the entity it names. */
  static void collectProgram(JsonNode node, Map<String, List<String>> programs) {
    if (!"Sanction".equals(node.path("schema").asText())) {
      return;
    }
    JsonNode properties = node.path("properties");
    List<String> codes = values(properties, "programId");
    if (codes.isEmpty()) {
      codes = values(properties, "program");
    }
    for (String entity : values(properties, "entity")) {
      programs.computeIfAbsent(entity, k -> new ArrayList<>()).addAll(codes);
    }
  }

  Optional<Entity> map(JsonNode node, SourceLocation at) {
    String schema = node.path("schema").asText();
    String id = node.path("id").asText().strip();
    if (!List.of(
            "Person", "Organization", "Company", "LegalEntity", "PublicBody", "Vessel", "Airplane")
        .contains(schema)) {
      return Optional.empty();
    }
    JsonNode properties = node.path("properties");
    List<String> names = values(properties, "name");
    String caption = node.path("caption").asText().strip();
    String primary = !caption.isEmpty() ? caption : names.isEmpty() ? "" : names.getFirst();
    if (id.isEmpty() || primary.isEmpty()) {
      context.problem(
          at,
          "the "
              + schema
              + " entity "
              + (id.isEmpty() ? "has no id" : id + " has no name")
              + "; every entity needs both.");
      return Optional.empty();
    }
    Listing listing = listing(properties, primary, names, id);
    ListEntryRef ref = context.ref(id, at);
    return Optional.of(
        switch (schema) {
          case "Person" ->
              new Person(
                  ref,
                  listing,
                  birthDates(properties),
                  values(properties, "birthPlace"),
                  gender(properties));
          case "Vessel" -> new Vessel(ref, listing, vessel(properties));
          case "Airplane" ->
              new Aircraft(ref, listing, String.join(", ", values(properties, "model")));
          default -> new Organization(ref, listing);
        });
  }

  private Listing listing(JsonNode properties, String primary, List<String> names, String id) {
    Listing.Builder listing = Listing.builder(primary);
    names.stream()
        .filter(n -> !n.equals(primary))
        .forEach(n -> listing.name(Name.of(n, NameType.ALIAS, NameQuality.UNSPECIFIED)));
    values(properties, "alias")
        .forEach(n -> listing.name(Name.of(n, NameType.ALIAS, NameQuality.STRONG)));
    values(properties, "weakAlias")
        .forEach(n -> listing.name(Name.of(n, NameType.ALIAS, NameQuality.WEAK)));
    values(properties, "previousName")
        .forEach(n -> listing.name(Name.of(n, NameType.FORMER, NameQuality.UNSPECIFIED)));
    for (String field : List.of("nationality", "citizenship", "country", "jurisdiction")) {
      values(properties, field).forEach(c -> listing.nationality(country(c)));
    }
    IDENTIFIERS.forEach(
        (property, type) ->
            values(properties, property)
                .forEach(
                    value ->
                        listing.identifier(Identifier.of(type, value, property, Country.UNKNOWN))));
    values(properties, "address")
        .forEach(a -> listing.address(new Address(a, "", "", "", Country.UNKNOWN, "")));
    values(properties, "program").forEach(p -> listing.program(Program.of(p)));
    programs.getOrDefault(id, List.of()).forEach(p -> listing.program(Program.of(p)));
    values(properties, "position").forEach(listing::position);
    values(properties, "notes").forEach(listing::remark);
    values(properties, "summary").forEach(listing::remark);
    values(properties, "listingDate").stream()
        .findFirst()
        .flatMap(FtmEntryMapper::day)
        .or(() -> values(properties, "createdAt").stream().findFirst().flatMap(FtmEntryMapper::day))
        .ifPresent(listing::listedOn);
    return listing.build();
  }

  /** FtM countries are lower-case ISO codes; anything else is kept as text. */
  static Country country(String value) {
    return value.matches("[a-zA-Z]{2}") ? new Country(value, "") : Countries.resolve(value);
  }

  private static List<BirthDate> birthDates(JsonNode properties) {
    List<BirthDate> dates = new ArrayList<>();
    for (String value : values(properties, "birthDate")) {
      if (value.matches("\\d{4}")) {
        dates.add(new BirthDate.Year(Integer.parseInt(value), false));
      } else if (value.matches("\\d{4}-\\d{2}")) {
        dates.add(new BirthDate.Month(YearMonth.parse(value)));
      } else {
        dates.add(
            day(value).<BirthDate>map(BirthDate.Exact::new).orElse(new BirthDate.Text(value)));
      }
    }
    return dates;
  }

  private static Optional<LocalDate> day(String value) {
    return value.matches("\\d{4}-\\d{2}-\\d{2}.*")
        ? Optional.of(LocalDate.parse(value.substring(0, 10)))
        : Optional.empty();
  }

  private static Gender gender(JsonNode properties) {
    List<String> genders = values(properties, "gender");
    return genders.contains("female")
        ? Gender.FEMALE
        : genders.contains("male") ? Gender.MALE : Gender.UNKNOWN;
  }

  private static VesselParticulars vessel(JsonNode properties) {
    List<Country> pastFlags =
        values(properties, "pastFlags").stream().map(FtmEntryMapper::country).toList();
    return new VesselParticulars(
        String.join(", ", values(properties, "type")),
        values(properties, "flag").stream()
            .findFirst()
            .map(FtmEntryMapper::country)
            .orElse(Country.UNKNOWN),
        pastFlags,
        String.join(", ", values(properties, "tonnage")),
        "");
  }
}
