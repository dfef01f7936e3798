package org.sanctionsengine.lists.eu;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** Maps one legacy {@code ENTITY} to a person ({@code Type="P"}) or an organization. */
final class EuLegacyEntryMapper {
  private final ReadContext context;

  EuLegacyEntryMapper(ReadContext context) {
    this.context = context;
  }

  Optional<Entity> map(XmlElement entry) {
    String id = entry.attribute("Id");
    List<String> names =
        entry.children("NAME").stream()
            .map(EuLegacyEntryMapper::wholeName)
            .filter(n -> !n.isEmpty())
            .distinct()
            .toList();
    if (id.isEmpty() || names.isEmpty()) {
      context.problem(
          entry.location(),
          "ENTITY "
              + (id.isEmpty() ? "has no Id" : id + " has no NAME")
              + "; every entry needs both.");
      return Optional.empty();
    }
    Listing.Builder listing = Listing.builder(names.getFirst());
    names.stream()
        .skip(1)
        .forEach(n -> listing.name(Name.of(n, NameType.ALIAS, NameQuality.UNSPECIFIED)));
    details(entry, listing);
    if (!entry.attribute("Type").equals("P")) {
      return Optional.of(new Organization(context.ref(id, entry.location()), listing.build()));
    }
    return Optional.of(
        new Person(
            context.ref(id, entry.location()),
            listing.build(),
            births(entry),
            places(entry),
            gender(entry)));
  }

  private static void details(XmlElement entry, Listing.Builder listing) {
    entry.children("NAME").forEach(n -> listing.position(n.text("FUNCTION")));
    program(entry.attribute("programme")).ifPresent(listing::program);
    date(entry.attribute("reg_date")).ifPresent(listing::listedOn);
    listing.remark(entry.attribute("remark"));
    entry
        .children("CITIZEN")
        .forEach(c -> listing.nationality(Countries.resolve(c.text("COUNTRY"))));
    for (XmlElement passport : entry.children("PASSPORT")) {
      String number = passport.text("NUMBER");
      if (!number.isEmpty()) {
        listing.identifier(
            Identifier.of(
                    IdentifierType.PASSPORT,
                    number.split("\\s+")[0],
                    "passport",
                    Countries.resolve(passport.text("COUNTRY")))
                .withNote(number));
      }
    }
    for (XmlElement address : entry.children("ADDRESS")) {
      listing.address(
          new Address(
              address.text("STREET"),
              address.text("CITY"),
              "",
              address.text("ZIP"),
              Countries.resolve(address.text("COUNTRY")),
              address.text("OTHER")));
    }
  }

  private static String wholeName(XmlElement name) {
    String whole = name.text("WHOLENAME");
    return !whole.isEmpty()
        ? whole
        : Stream.of("FIRSTNAME", "MIDDLENAME", "LASTNAME")
            .map(name::text)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.joining(" "));
  }

  private static List<BirthDate> births(XmlElement entry) {
    List<BirthDate> dates = new ArrayList<>();
    for (XmlElement birth : entry.children("BIRTH")) {
      String text = birth.text("DATE");
      Optional<BirthDate> date =
          text.matches("\\d{4}")
              ? Optional.of(year(text))
              : date(text)
                  .<BirthDate>map(BirthDate.Exact::new)
                  .or(
                      () ->
                          text.isEmpty()
                              ? Optional.empty()
                              : Optional.of(new BirthDate.Text(text)));
      date.filter(d -> !dates.contains(d)).ifPresent(dates::add);
    }
    return dates;
  }

  /**
   * A year as the list writes it; one no one alive was born in ({@code 0367}) is kept as text, as
   * the FtM and EU readers keep it, rather than failing the whole import.
   */
  private static BirthDate year(String text) {
    int year = Integer.parseInt(text);
    return year < BirthDate.Year.EARLIEST || year > BirthDate.Year.LATEST
        ? new BirthDate.Text(text)
        : new BirthDate.Year(year, false);
  }

  private static List<String> places(XmlElement entry) {
    return entry.children("BIRTH").stream()
        .map(
            b ->
                Stream.of(b.text("PLACE"), b.text("COUNTRY"))
                    .filter(p -> !p.isEmpty())
                    .collect(Collectors.joining(", ")))
        .filter(p -> !p.isEmpty())
        .distinct()
        .toList();
  }

  private static Gender gender(XmlElement entry) {
    String gender = entry.child("NAME").map(n -> n.text("GENDER")).orElse("");
    return gender.equals("M") ? Gender.MALE : gender.equals("F") ? Gender.FEMALE : Gender.UNKNOWN;
  }

  static Optional<Program> program(String code) {
    return code.isBlank() ? Optional.empty() : Optional.of(Program.of(code));
  }

  static Optional<LocalDate> date(String text) {
    if (text.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
