package org.sanctionsengine.lists.ofac;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.lists.ReadContext;

/**
 * Maps one {@code sdnEntry} of OFAC's SDN XML: names from {@code lastName}/{@code firstName}, AKAs
 * with their {@code category} (strong/weak), typed ids, dates and places of birth, nationalities,
 * addresses and {@code vesselInfo}. Remarks are kept as they are.
 */
final class OfacXmlEntryMapper {
  private final ReadContext context;

  OfacXmlEntryMapper(ReadContext context) {
    this.context = context;
  }

  Optional<Entity> map(XmlElement entry) {
    String uid = entry.text("uid");
    String name = name(entry);
    if (uid.isEmpty() || name.isEmpty()) {
      context.problem(
          entry.location(),
          "sdnEntry "
              + (uid.isEmpty() ? "has no uid" : uid + " has no lastName")
              + "; every entry needs both.");
      return Optional.empty();
    }
    OfacFacts facts = new OfacFacts(Listing.builder(name));
    entry
        .child("programList")
        .ifPresent(
            list -> list.texts("program").forEach(p -> facts.listing.program(Program.of(p))));
    facts.listing.position(entry.text("title"));
    facts.listing.remark(entry.text("remarks"));
    children(entry, "akaList", "aka").forEach(aka -> alias(aka).ifPresent(facts.listing::name));
    children(entry, "idList", "id").forEach(id -> identifier(id, facts));
    children(entry, "addressList", "address").forEach(a -> facts.listing.address(address(a)));
    Stream.concat(
            children(entry, "nationalityList", "nationality"),
            children(entry, "citizenshipList", "citizenship"))
        .forEach(n -> facts.listing.nationality(Countries.resolve(n.text("country"))));
    children(entry, "dateOfBirthList", "dateOfBirthItem")
        .forEach(d -> OfacDates.birthDate(d.text("dateOfBirth")).ifPresent(facts.birthDates::add));
    children(entry, "placeOfBirthList", "placeOfBirthItem")
        .map(p -> p.text("placeOfBirth"))
        .filter(p -> !p.isEmpty())
        .forEach(facts.placesOfBirth::add);
    entry.child("vesselInfo").ifPresent(vessel -> vessel(vessel, facts));
    return Optional.of(facts.build(context.ref(uid, entry.location()), entry.text("sdnType")));
  }

  private static Stream<XmlElement> children(XmlElement entry, String list, String item) {
    return entry.child(list).stream().flatMap(l -> l.children(item).stream());
  }

  private static String name(XmlElement element) {
    String last = element.text("lastName");
    String first = element.text("firstName");
    return first.isEmpty() ? last : last.isEmpty() ? first : last + ", " + first;
  }

  private static Optional<Name> alias(XmlElement aka) {
    String name = name(aka);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    NameType type =
        aka.text("type").toLowerCase(Locale.ROOT).startsWith("f.k.a")
            ? NameType.FORMER
            : NameType.ALIAS;
    NameQuality quality =
        aka.text("category").equalsIgnoreCase("weak") ? NameQuality.WEAK : NameQuality.STRONG;
    return Optional.of(Name.of(name, type, quality));
  }

  private static void identifier(XmlElement id, OfacFacts facts) {
    String label = id.text("idType");
    String number = id.text("idNumber");
    if (number.isEmpty()) {
      return;
    }
    String lower = label.toLowerCase(Locale.ROOT);
    if (lower.equals("gender")) {
      facts.gender = number.equalsIgnoreCase("female") ? Gender.FEMALE : Gender.MALE;
      return;
    }
    IdentifierType type = OfacIds.type(label, number);
    String note =
        Stream.of(id.text("issueDate"), id.text("expirationDate"))
            .filter(t -> !t.isEmpty())
            .collect(Collectors.joining(" to "));
    facts.listing.identifier(
        Identifier.of(type, number, label, Countries.resolve(id.text("idCountry"))).withNote(note));
  }

  private static Address address(XmlElement address) {
    String street =
        Stream.of("address1", "address2", "address3")
            .map(address::text)
            .filter(p -> !p.isEmpty())
            .collect(Collectors.joining(", "));
    return new Address(
        street,
        address.text("city"),
        address.text("stateOrProvince"),
        address.text("postalCode"),
        Countries.resolve(address.text("country")),
        "");
  }

  private static void vessel(XmlElement vessel, OfacFacts facts) {
    String callSign = vessel.text("callSign");
    if (!callSign.isEmpty()) {
      facts.listing.identifier(
          Identifier.of(IdentifierType.CALL_SIGN, callSign, "Call Sign", Countries.resolve("")));
    }
    facts.vesselType = vessel.text("vesselType");
    facts.flag = Countries.resolve(vessel.text("vesselFlag"));
    facts.owner = vessel.text("vesselOwner");
    String tonnage = vessel.text("tonnage");
    String grt = vessel.text("grossRegisteredTonnage");
    facts.tonnage = !tonnage.isEmpty() ? tonnage : grt.isEmpty() ? "" : "GRT " + grt;
  }
}
