package org.sanctionsengine.lists.ofac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.input.XmlElement;

/**
 * What the SDN_ADVANCED parties refer to by id, collected in a first streaming pass: the reference
 * value sets (alias types, feature types, countries ...), locations, identity documents by
 * identity, and programs by profile (from the sanctions entries, which follow the parties).
 */
final class OfacAdvancedReferences {
  /** A document of an identity: its type label, number and issuing country. */
  record Document(String type, String number, Country issuer) {}

  private final Map<String, Map<String, XmlElement>> values = new HashMap<>();
  private final Map<String, XmlElement> locations = new HashMap<>();
  private final Map<String, List<Document>> documents = new HashMap<>();
  private final Map<String, List<String>> programs = new HashMap<>();
  private Optional<LocalDate> issued = Optional.empty();

  void add(XmlElement record) {
    switch (record.name()) {
      case "ReferenceValueSets" ->
          record
              .children()
              .forEach(
                  set ->
                      set.children()
                          .forEach(
                              value ->
                                  values
                                      .computeIfAbsent(value.name(), k -> new HashMap<>())
                                      .put(value.attribute("ID"), value)));
      case "Location" -> locations.put(record.attribute("ID"), record);
      case "IDRegDocument" ->
          documents
              .computeIfAbsent(record.attribute("IdentityID"), k -> new ArrayList<>())
              .add(
                  new Document(
                      text("IDRegDocType", record.attribute("IDRegDocTypeID")),
                      record.text("IDRegistrationNo"),
                      country(record.attribute("IssuedBy-CountryID"))));
      case "SanctionsEntry" ->
          record
              .children("SanctionsMeasure")
              .forEach(
                  measure -> {
                    String type = text("SanctionsType", measure.attribute("SanctionsTypeID"));
                    String comment = measure.text("Comment");
                    if (!comment.isEmpty()
                        && (type.isEmpty() || type.equalsIgnoreCase("Program"))) {
                      programs
                          .computeIfAbsent(record.attribute("ProfileID"), k -> new ArrayList<>())
                          .add(comment);
                    }
                  });
      case "DateOfIssue" -> issued = date(record);
      default -> {}
    }
  }

  /** The text of reference value {@code id} of kind {@code kind} (e.g. "FeatureType"). */
  String text(String kind, String id) {
    XmlElement value = values.getOrDefault(kind, Map.of()).get(id);
    return value == null ? "" : value.text();
  }

  /** An attribute of a reference value, e.g. the PartyTypeID of a PartySubType. */
  String attribute(String kind, String id, String attribute) {
    XmlElement value = values.getOrDefault(kind, Map.of()).get(id);
    return value == null ? "" : value.attribute(attribute);
  }

  Country country(String countryId) {
    if (countryId.isEmpty()) {
      return Country.UNKNOWN;
    }
    String iso = attribute("Country", countryId, "ISO2");
    Country resolved = Countries.resolve(text("Country", countryId));
    return iso.matches("[A-Za-z]{2}") ? new Country(iso, resolved.text()) : resolved;
  }

  /** A location as one line ("Central District, Pyongyang") and its country. */
  Optional<LocationText> location(String locationId) {
    XmlElement location = locations.get(locationId);
    if (location == null) {
      return Optional.empty();
    }
    String parts =
        location.children("LocationPart").stream()
            .flatMap(part -> part.children("LocationPartValue").stream())
            .map(value -> value.text("Value"))
            .filter(v -> !v.isEmpty())
            .collect(Collectors.joining(", "));
    Country country =
        location
            .child("LocationCountry")
            .map(c -> country(c.attribute("CountryID")))
            .orElse(Country.UNKNOWN);
    return Optional.of(new LocationText(parts, country));
  }

  /** A location's text and country. */
  record LocationText(String text, Country country) {}

  List<Document> documents(String identityId) {
    return documents.getOrDefault(identityId, List.of());
  }

  List<String> programs(String profileId) {
    return programs.getOrDefault(profileId, List.of());
  }

  Optional<LocalDate> issued() {
    return issued;
  }

  static Optional<LocalDate> date(XmlElement parts) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(parts.text("Year")),
              Integer.parseInt(parts.text("Month")),
              Integer.parseInt(parts.text("Day"))));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
