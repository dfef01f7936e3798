package org.sanctionsengine.lists.eu;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.lists.ReadContext;

/**
 * Maps one {@code sanctionEntity} to a person ({@code subjectType code="person"}) or an
 * organization. {@code nameAlias strong="false"} names are weak aliases; the first strong name is
 * the primary. The EU reference number and UN id are kept as identifiers.
 */
final class EuEntryMapper {
  private final ReadContext context;

  EuEntryMapper(ReadContext context) {
    this.context = context;
  }

  Optional<Entity> map(XmlElement entry) {
    String id = entry.attribute("logicalId");
    List<XmlElement> aliases =
        entry.children("nameAlias").stream()
            .filter(a -> !a.attribute("wholeName").isBlank())
            .toList();
    if (id.isEmpty() || aliases.isEmpty()) {
      context.problem(
          entry.location(),
          "sanctionEntity "
              + (id.isEmpty() ? "has no logicalId" : id + " has no nameAlias with a wholeName")
              + "; every entry needs both.");
      return Optional.empty();
    }
    XmlElement primary =
        aliases.stream()
            .filter(a -> !a.attribute("strong").equals("false"))
            .findFirst()
            .orElse(aliases.getFirst());
    Listing.Builder listing = Listing.builder(primary.attribute("wholeName"));
    for (XmlElement alias : aliases) {
      NameQuality quality =
          alias.attribute("strong").equals("false") ? NameQuality.WEAK : NameQuality.STRONG;
      listing.name(Name.of(alias.attribute("wholeName"), NameType.ALIAS, quality));
      listing.position(alias.attribute("function"));
    }
    details(entry, listing);
    if (!entry.child("subjectType").map(s -> s.attribute("code")).orElse("").equals("person")) {
      return Optional.of(new Organization(context.ref(id, entry.location()), listing.build()));
    }
    String gender = primary.attribute("gender");
    return Optional.of(
        new Person(
            context.ref(id, entry.location()),
            listing.build(),
            births(entry),
            places(entry),
            gender.equals("M")
                ? Gender.MALE
                : gender.equals("F") ? Gender.FEMALE : Gender.UNKNOWN));
  }

  private static void details(XmlElement entry, Listing.Builder listing) {
    entry
        .children("regulation")
        .forEach(
            r -> EuLegacyEntryMapper.program(r.attribute("programme")).ifPresent(listing::program));
    entry.children("regulation").stream()
        .map(r -> r.attribute("publicationDate"))
        .map(EuLegacyEntryMapper::date)
        .flatMap(Optional::stream)
        .min(LocalDate::compareTo)
        .ifPresent(listing::listedOn);
    entry.children("citizenship").forEach(c -> listing.nationality(country(c)));
    entry.children("identification").forEach(id -> identification(id, listing));
    for (XmlElement address : entry.children("address")) {
      listing.address(
          new Address(
              Stream.of(address.attribute("street"), address.attribute("poBox"))
                  .filter(p -> !p.isBlank())
                  .collect(Collectors.joining(", ")),
              address.attribute("city"),
              address.attribute("region"),
              address.attribute("zipCode"),
              country(address),
              address.attribute("place")));
    }
    entry.texts("remark").forEach(listing::remark);
    String unId = entry.attribute("unitedNationId");
    if (!unId.isBlank()) {
      listing.identifier(
          Identifier.of(IdentifierType.OTHER, unId, "UN reference", Country.UNKNOWN));
    }
  }

  private static void identification(XmlElement id, Listing.Builder listing) {
    String number = id.attribute("number");
    if (!number.isBlank()) {
      String code = id.attribute("identificationTypeCode").toLowerCase(Locale.ROOT);
      IdentifierType type =
          code.equals("passport")
              ? IdentifierType.PASSPORT
              : code.equals("id")
                  ? IdentifierType.NATIONAL_ID
                  : code.contains("swift")
                      ? IdentifierType.BIC
                      : code.contains("imo") ? IdentifierType.IMO : IdentifierType.OTHER;
      listing.identifier(
          Identifier.of(type, number, id.attribute("identificationTypeDescription"), country(id))
              .withNote(id.attribute("remark")));
    }
  }

  private static Country country(XmlElement element) {
    String code = element.attribute("countryIso2Code");
    String text = element.attribute("countryDescription");
    return new Country(code.matches("[A-Za-z]{2}") ? code : "", text.equals("UNKNOWN") ? "" : text);
  }

  private static List<BirthDate> births(XmlElement entry) {
    List<BirthDate> dates = new ArrayList<>();
    for (XmlElement birth : entry.children("birthdate")) {
      birth(birth).filter(d -> !dates.contains(d)).ifPresent(dates::add);
    }
    return dates;
  }

  private static Optional<BirthDate> birth(XmlElement birth) {
    Optional<LocalDate> day = EuLegacyEntryMapper.date(birth.attribute("birthdate"));
    if (day.isPresent()) {
      return Optional.of(new BirthDate.Exact(day.get()));
    }
    String from = birth.attribute("yearRangeFrom");
    String to = birth.attribute("yearRangeTo");
    if (from.matches("\\d{4}") && to.matches("\\d{4}")) {
      return Optional.of(BirthDate.Range.ofYears(Integer.parseInt(from), Integer.parseInt(to)));
    }
    String year = birth.attribute("year");
    if (year.matches("\\d{4}")) {
      String month = birth.attribute("monthOfYear");
      return Optional.of(
          month.matches("\\d{1,2}")
              ? new BirthDate.Month(
                  java.time.YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)))
              : new BirthDate.Year(
                  Integer.parseInt(year), birth.attribute("circa").equals("true")));
    }
    return Optional.empty();
  }

  private static List<String> places(XmlElement entry) {
    return entry.children("birthdate").stream()
        .map(
            b ->
                Stream.of(
                        b.attribute("city"),
                        b.attribute("place"),
                        b.attribute("region"),
                        b.attribute("countryDescription"))
                    .filter(p -> !p.isBlank() && !p.equals("UNKNOWN"))
                    .collect(Collectors.joining(", ")))
        .filter(p -> !p.isEmpty())
        .distinct()
        .toList();
  }
}
