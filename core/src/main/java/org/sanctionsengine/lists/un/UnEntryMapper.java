package org.sanctionsengine.lists.un;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Countries;
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
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.lists.ReadContext;

/**
 * Maps one UN {@code INDIVIDUAL} or {@code ENTITY} element to a person or an organization. The
 * reference number ({@code KPi.033}) is the source id; the UN list type ({@code DPRK}) is the
 * program, labelled with its sanctions committee ("UN 1718 (DPRK)").
 */
final class UnEntryMapper {
  private static final Pattern IMO_IN_REMARKS =
      Pattern.compile("IMO\\)?(?:\\s+[Nn]umber)?:?\\s*(\\d{7})\\b");

  private final ReadContext context;

  UnEntryMapper(ReadContext context) {
    this.context = context;
  }

  Optional<Entity> map(XmlElement entry) {
    String reference = entry.text("REFERENCE_NUMBER");
    if (reference.isEmpty()) {
      reference = entry.text("DATAID");
    }
    String primary = primaryName(entry);
    if (reference.isEmpty() || primary.isEmpty()) {
      context.problem(
          entry.location(),
          "element "
              + entry.name()
              + " has no "
              + (reference.isEmpty() ? "REFERENCE_NUMBER or DATAID" : "FIRST_NAME")
              + "; every entry needs one.");
      return Optional.empty();
    }
    Listing listing = listing(entry, primary);
    if (entry.name().equals("ENTITY")) {
      return Optional.of(new Organization(context.ref(reference, entry.location()), listing));
    }
    return Optional.of(
        new Person(
            context.ref(reference, entry.location()),
            listing,
            birthDates(entry),
            placesOfBirth(entry),
            gender(entry)));
  }

  private static String primaryName(XmlElement entry) {
    return Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
        .map(entry::text)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
  }

  private Listing listing(XmlElement entry, String primary) {
    Listing.Builder listing = Listing.builder(primary);
    String original = entry.text("NAME_ORIGINAL_SCRIPT");
    if (!original.isEmpty()) {
      listing.name(Name.of(original, NameType.ORIGINAL_SCRIPT, NameQuality.UNSPECIFIED));
    }
    String prefix = entry.name().equals("ENTITY") ? "ENTITY" : "INDIVIDUAL";
    entry.children(prefix + "_ALIAS").forEach(alias -> alias(alias).ifPresent(listing::name));
    entry.children(prefix + "_ADDRESS").forEach(address -> listing.address(address(address)));
    entry
        .children("INDIVIDUAL_DOCUMENT")
        .forEach(doc -> document(doc).ifPresent(listing::identifier));
    entry
        .children("NATIONALITY")
        .forEach(
            n -> n.texts("VALUE").forEach(value -> listing.nationality(Countries.resolve(value))));
    Stream.of("TITLE", "DESIGNATION")
        .forEach(
            field ->
                entry.children(field).forEach(f -> f.texts("VALUE").forEach(listing::position)));
    program(entry.text("UN_LIST_TYPE")).ifPresent(listing::program);
    date(entry.text("LISTED_ON")).ifPresent(listing::listedOn);
    String remarks = entry.text("COMMENTS1");
    listing.remark(remarks);
    Matcher imo = IMO_IN_REMARKS.matcher(remarks);
    while (imo.find()) {
      listing.identifier(
          Identifier.of(
              IdentifierType.IMO, imo.group(1), "IMO number (in remarks)", Countries.resolve("")));
    }
    return listing.build();
  }

  private static Optional<Name> alias(XmlElement alias) {
    String value = alias.text("ALIAS_NAME");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String quality = alias.text("QUALITY").toLowerCase(Locale.ROOT);
    return Optional.of(
        switch (quality) {
          case "good" -> Name.of(value, NameType.ALIAS, NameQuality.STRONG);
          case "low" -> Name.of(value, NameType.ALIAS, NameQuality.WEAK);
          case "f.k.a." -> Name.of(value, NameType.FORMER, NameQuality.UNSPECIFIED);
          default -> Name.of(value, NameType.ALIAS, NameQuality.UNSPECIFIED);
        });
  }

  private static Address address(XmlElement address) {
    return new Address(
        address.text("STREET"),
        address.text("CITY"),
        address.text("STATE_PROVINCE"),
        address.text("ZIP_CODE"),
        Countries.resolve(address.text("COUNTRY")),
        address.text("NOTE"));
  }

  private static Optional<Identifier> document(XmlElement doc) {
    String number = doc.text("NUMBER");
    if (number.isEmpty()) {
      return Optional.empty();
    }
    String label = doc.text("TYPE_OF_DOCUMENT");
    String lower = label.toLowerCase(Locale.ROOT);
    IdentifierType type =
        lower.contains("pas")
            ? IdentifierType.PASSPORT
            : lower.contains("national") ? IdentifierType.NATIONAL_ID : IdentifierType.OTHER;
    String issuer = doc.text("ISSUING_COUNTRY");
    if (issuer.isEmpty()) {
      issuer = doc.text("COUNTRY_OF_ISSUE");
    }
    List<String> notes = new ArrayList<>();
    Stream.of("TYPE_OF_DOCUMENT2", "DATE_OF_ISSUE", "CITY_OF_ISSUE", "NOTE")
        .map(doc::text)
        .filter(text -> !text.isEmpty())
        .forEach(notes::add);
    return Optional.of(
        Identifier.of(type, number, label, Countries.resolve(issuer))
            .withNote(String.join("; ", notes)));
  }

  private static List<BirthDate> birthDates(XmlElement entry) {
    List<BirthDate> dates = new ArrayList<>();
    for (XmlElement dob : entry.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      birthDate(dob).ifPresent(dates::add);
    }
    return dates;
  }

  private static Optional<BirthDate> birthDate(XmlElement dob) {
    String type = dob.text("TYPE_OF_DATE");
    Optional<LocalDate> exact = date(dob.text("DATE"));
    if (exact.isPresent()) {
      return Optional.of(new BirthDate.Exact(exact.get()));
    }
    Optional<Integer> year = year(dob.text("YEAR"));
    if (year.isPresent()) {
      return Optional.of(new BirthDate.Year(year.get(), type.equals("APPROXIMATELY")));
    }
    Optional<Integer> from = year(dob.text("FROM_YEAR"));
    Optional<Integer> to = year(dob.text("TO_YEAR"));
    if (from.isPresent() && to.isPresent() && to.get() >= from.get()) {
      return Optional.of(BirthDate.Range.ofYears(from.get(), to.get()));
    }
    String note = dob.text("NOTE");
    return note.isEmpty() ? Optional.empty() : Optional.of(new BirthDate.Text(note));
  }

  private static List<String> placesOfBirth(XmlElement entry) {
    return entry.children("INDIVIDUAL_PLACE_OF_BIRTH").stream()
        .map(
            p ->
                Stream.of("CITY", "STATE_PROVINCE", "COUNTRY")
                    .map(p::text)
                    .filter(part -> !part.isEmpty())
                    .collect(Collectors.joining(", ")))
        .filter(place -> !place.isEmpty())
        .toList();
  }

  private static Gender gender(XmlElement entry) {
    return switch (entry.text("GENDER").toLowerCase(Locale.ROOT)) {
      case "male" -> Gender.MALE;
      case "female" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  static Optional<Program> program(String listType) {
    if (listType.isEmpty()) {
      return Optional.empty();
    }
    String committee = UnCommittees.of(listType);
    return Optional.of(
        new Program(
            listType,
            committee.isEmpty() ? "UN " + listType : "UN " + committee + " (" + listType + ")"));
  }

  private static Optional<LocalDate> date(String text) {
    if (text.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Integer> year(String text) {
    return text.length() == 4 && text.chars().allMatch(Character::isDigit)
        ? Optional.of(Integer.parseInt(text))
        : Optional.empty();
  }
}
