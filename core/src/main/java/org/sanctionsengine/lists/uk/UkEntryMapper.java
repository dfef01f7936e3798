package org.sanctionsengine.lists.uk;

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
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.entity.Vessel;
import org.sanctionsengine.entity.VesselParticulars;
import org.sanctionsengine.lists.ReadContext;

/**
 * Maps the rows of one Group ID to an entity: the primary-name row gives the name, the others are
 * aliases (AKA) or former names (FKA); person details come from every row (they repeat).
 */
final class UkEntryMapper {
  private static final Pattern DOB = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern IMO =
      Pattern.compile("IMO(?: number)?:? ?(\\d{7})", Pattern.CASE_INSENSITIVE);

  private final ReadContext context;

  UkEntryMapper(ReadContext context) {
    this.context = context;
  }

  Optional<Entity> map(String groupId, List<UkRow> rows) {
    UkRow primary = rows.stream().filter(UkRow::isPrimary).findFirst().orElse(rows.getFirst());
    String name = name(primary);
    if (name.isEmpty()) {
      context.problem(primary.row().location(), "group " + groupId + " has no name.");
      return Optional.empty();
    }
    Listing.Builder listing = Listing.builder(name);
    UkConListCsvReader.date(primary.get("Listed On")).ifPresent(listing::listedOn);
    List<BirthDate> births = new ArrayList<>();
    List<String> places = new ArrayList<>();
    for (UkRow row : rows) {
      alias(row, name).ifPresent(listing::name);
      details(row, listing);
      birthDate(row.get("DOB")).filter(d -> !births.contains(d)).ifPresent(births::add);
      String place =
          Stream.of(row.get("Town of Birth"), row.get("Country of Birth"))
              .filter(p -> !p.isEmpty())
              .collect(Collectors.joining(", "));
      if (!place.isEmpty() && !places.contains(place)) {
        places.add(place);
      }
    }
    String type = primary.get("Group Type").toLowerCase(Locale.ROOT);
    Listing built = listing.build();
    return Optional.of(
        switch (type) {
          case "individual" ->
              new Person(
                  context.ref(groupId, primary.row().location()),
                  built,
                  births,
                  places,
                  Gender.UNKNOWN);
          case "ship" ->
              new Vessel(
                  context.ref(groupId, primary.row().location()), built, VesselParticulars.none());
          default -> new Organization(context.ref(groupId, primary.row().location()), built);
        });
  }

  private static String name(UkRow row) {
    return Stream.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
        .map(row::get)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
  }

  private static Optional<Name> alias(UkRow row, String primary) {
    String name = name(row);
    if (name.isEmpty() || name.equals(primary)) {
      return Optional.empty();
    }
    NameType type =
        row.get("Alias Type").equalsIgnoreCase("FKA") ? NameType.FORMER : NameType.ALIAS;
    NameQuality quality =
        switch (row.get("Alias Quality").toLowerCase(Locale.ROOT)) {
          case "good", "high" -> NameQuality.STRONG;
          case "low" -> NameQuality.WEAK;
          default -> NameQuality.UNSPECIFIED;
        };
    return Optional.of(Name.of(name, type, quality));
  }

  private static void details(UkRow row, Listing.Builder listing) {
    String nonLatin = row.get("Name Non-Latin Script");
    if (!nonLatin.isEmpty()) {
      listing.name(Name.of(nonLatin, NameType.ORIGINAL_SCRIPT, NameQuality.UNSPECIFIED));
    }
    listing.nationality(Countries.resolve(row.get("Nationality")));
    listing.position(row.get("Position"));
    listing.position(row.get("Title"));
    identifier(
        listing, IdentifierType.PASSPORT, row.get("Passport Number"), row.get("Passport Details"));
    identifier(
        listing,
        IdentifierType.NATIONAL_ID,
        row.get("National Identification Number"),
        row.get("NI Number"));
    listing.address(
        new Address(
            Stream.of("Address 1", "Address 2", "Address 3", "Address 4", "Address 5")
                .map(row::get)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining(", ")),
            row.get("Address 6"),
            "",
            row.get("Post/Zip Code"),
            Countries.resolve(row.get("Country")),
            ""));
    listing.program(Program.of(row.get("Regime").isEmpty() ? "UK" : row.get("Regime")));
    String other = row.get("Other Information");
    listing.remark(other);
    Matcher imo = IMO.matcher(other);
    while (imo.find()) {
      listing.identifier(Identifier.of(IdentifierType.IMO, imo.group(1), "IMO", Country.UNKNOWN));
    }
  }

  /** A number column, or the first token of a details text that holds digits. */
  private static void identifier(
      Listing.Builder listing, IdentifierType type, String number, String details) {
    String value = number;
    if (value.isEmpty() && !details.isEmpty()) {
      String token = details.split("[\\s,;(]+")[0];
      value = token.matches(".*\\d.*") ? token : "";
    }
    if (!value.isEmpty()) {
      listing.identifier(
          Identifier.of(type, value, type.code(), Country.UNKNOWN).withNote(details));
    }
  }

  static Optional<BirthDate> birthDate(String text) {
    Matcher dob = DOB.matcher(text);
    if (!dob.matches()) {
      return text.isEmpty() ? Optional.empty() : Optional.of(new BirthDate.Text(text));
    }
    int day = Integer.parseInt(dob.group(1));
    int month = Integer.parseInt(dob.group(2));
    int year = Integer.parseInt(dob.group(3));
    try {
      if (month == 0) {
        return Optional.of(new BirthDate.Year(year, false));
      }
      if (day == 0) {
        return Optional.of(new BirthDate.Month(java.time.YearMonth.of(year, month)));
      }
      return Optional.of(new BirthDate.Exact(java.time.LocalDate.of(year, month, day)));
    } catch (RuntimeException e) {
      return Optional.of(new BirthDate.Text(text));
    }
  }
}
