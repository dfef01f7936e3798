package org.sanctionsengine.lists.ofac;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.Address;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.input.XmlElement;
import org.sanctionsengine.lists.ReadContext;

/**
 * Maps one SDN_ADVANCED {@code DistinctParty}: the primary identity's aliases (type Name = primary,
 * A.K.A./F.K.A./N.K.A.; {@code LowQuality="true"} = weak), its identity documents, and the
 * profile's features (birth date periods, places, nationalities, gender, vessel and aircraft
 * details, addresses), with the programs of its sanctions entries.
 */
final class OfacAdvancedEntryMapper {
  private final ReadContext context;
  private final OfacAdvancedReferences refs;

  OfacAdvancedEntryMapper(ReadContext context, OfacAdvancedReferences refs) {
    this.context = context;
    this.refs = refs;
  }

  Optional<Entity> map(XmlElement party) {
    String fixedRef = party.attribute("FixedRef");
    Optional<XmlElement> profile = party.child("Profile");
    Optional<XmlElement> identity =
        profile.flatMap(
            p ->
                p.children("Identity").stream()
                    .filter(i -> !i.attribute("Primary").equals("false"))
                    .findFirst());
    Optional<String> primary = identity.flatMap(this::primaryName);
    if (fixedRef.isEmpty() || primary.isEmpty()) {
      context.problem(
          party.location(),
          "DistinctParty "
              + (fixedRef.isEmpty() ? "has no FixedRef" : fixedRef + " has no primary name")
              + "; every party needs both.");
      return Optional.empty();
    }
    OfacFacts facts = new OfacFacts(Listing.builder(primary.get()));
    aliases(identity.get(), facts);
    for (OfacAdvancedReferences.Document doc : refs.documents(identity.get().attribute("ID"))) {
      if (!doc.number().isEmpty()) {
        facts.listing.identifier(
            Identifier.of(
                OfacIds.type(doc.type(), doc.number()), doc.number(), doc.type(), doc.issuer()));
      }
    }
    profile.get().children("Feature").forEach(feature -> feature(feature, facts));
    refs.programs(profile.get().attribute("ID")).forEach(p -> facts.listing.program(Program.of(p)));
    facts.listing.remark(party.text("Comment"));
    return Optional.of(facts.build(context.ref(fixedRef, party.location()), kind(profile.get())));
  }

  private String kind(XmlElement profile) {
    String subType = profile.attribute("PartySubTypeID");
    String text = refs.text("PartySubType", subType);
    if (text.equalsIgnoreCase("Vessel") || text.equalsIgnoreCase("Aircraft")) {
      return text;
    }
    String partyType =
        refs.text("PartyType", refs.attribute("PartySubType", subType, "PartyTypeID"));
    return partyType.equalsIgnoreCase("Individual") ? "individual" : "entity";
  }

  private Optional<String> primaryName(XmlElement identity) {
    return identity.children("Alias").stream()
        .filter(a -> a.attribute("Primary").equals("true"))
        .findFirst()
        .flatMap(a -> a.children("DocumentedName").stream().findFirst())
        .map(name -> name(identity, name))
        .filter(n -> !n.isEmpty());
  }

  private void aliases(XmlElement identity, OfacFacts facts) {
    for (XmlElement alias : identity.children("Alias")) {
      String type = refs.text("AliasType", alias.attribute("AliasTypeID"));
      boolean primary = alias.attribute("Primary").equals("true");
      List<XmlElement> names = alias.children("DocumentedName");
      for (int i = 0; i < names.size(); i++) {
        String value = name(identity, names.get(i));
        if (value.isEmpty() || (primary && i == 0)) {
          continue;
        }
        NameType nameType =
            primary
                ? NameType.ORIGINAL_SCRIPT
                : type.toUpperCase(Locale.ROOT).startsWith("F.K.A")
                    ? NameType.FORMER
                    : NameType.ALIAS;
        NameQuality quality =
            primary
                ? NameQuality.UNSPECIFIED
                : alias.attribute("LowQuality").equals("true")
                    ? NameQuality.WEAK
                    : NameQuality.STRONG;
        facts.listing.name(Name.of(value, nameType, quality));
      }
    }
  }

  /** The name parts in order; "LAST, First" when the last name is marked as such. */
  private String name(XmlElement identity, XmlElement documentedName) {
    Map<String, String> partTypes =
        identity.child("NamePartGroups").stream()
            .flatMap(g -> g.children("MasterNamePartGroup").stream())
            .flatMap(m -> m.children("NamePartGroup").stream())
            .collect(
                Collectors.toMap(
                    g -> g.attribute("ID"),
                    g -> refs.text("NamePartType", g.attribute("NamePartTypeID")),
                    (a, b) -> a));
    String last = "";
    StringBuilder rest = new StringBuilder();
    for (XmlElement part : documentedName.children("DocumentedNamePart")) {
      for (XmlElement value : part.children("NamePartValue")) {
        String type = partTypes.getOrDefault(value.attribute("NamePartGroupID"), "");
        if (type.equalsIgnoreCase("Last Name") && last.isEmpty()) {
          last = value.text();
        } else if (!value.text().isEmpty()) {
          rest.append(rest.isEmpty() ? "" : " ").append(value.text());
        }
      }
    }
    return last.isEmpty() ? rest.toString() : rest.isEmpty() ? last : last + ", " + rest;
  }

  private void feature(XmlElement feature, OfacFacts facts) {
    String type = refs.text("FeatureType", feature.attribute("FeatureTypeID"));
    for (XmlElement version : feature.children("FeatureVersion")) {
      version
          .child("DatePeriod")
          .flatMap(OfacAdvancedEntryMapper::birthDate)
          .filter(d -> type.equalsIgnoreCase("Birthdate"))
          .ifPresent(facts.birthDates::add);
      version
          .children("VersionLocation")
          .forEach(
              l ->
                  refs.location(l.attribute("LocationID"))
                      .ifPresent(location -> located(type, location, facts)));
      for (XmlElement detail : version.children("VersionDetail")) {
        String value =
            detail.text().isEmpty()
                ? refs.text("DetailReference", detail.attribute("DetailReferenceID"))
                : detail.text();
        if (!value.isEmpty()) {
          detail(type, value, facts);
        }
      }
    }
  }

  private static void located(
      String type, OfacAdvancedReferences.LocationText location, OfacFacts facts) {
    String lower = type.toLowerCase(Locale.ROOT);
    if (lower.equals("place of birth")) {
      facts.placesOfBirth.add(location.text());
    } else if (lower.contains("nationality") || lower.contains("citizenship")) {
      facts.listing.nationality(
          location.country().isKnown() ? location.country() : Countries.resolve(location.text()));
    } else {
      facts.listing.address(new Address(location.text(), "", "", "", location.country(), ""));
    }
  }

  private static void detail(String type, String value, OfacFacts facts) {
    String lower = type.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "gender" ->
          facts.gender =
              value.equalsIgnoreCase("female")
                  ? Gender.FEMALE
                  : value.equalsIgnoreCase("male") ? Gender.MALE : Gender.UNKNOWN;
      case "vessel type" -> facts.vesselType = value;
      case "vessel flag" -> facts.flag = Countries.resolve(value);
      case "former vessel flag", "other vessel flag" ->
          facts.formerFlags.add(Countries.resolve(value));
      case "vessel owner" -> facts.owner = value;
      case "vessel tonnage", "vessel gross registered tonnage" -> facts.tonnage = value;
      case "aircraft model" -> facts.aircraftModel = value;
      case "title" -> facts.listing.position(value);
      default -> {
        var idType = OfacIds.type(type, value);
        if (idType != org.sanctionsengine.entity.IdentifierType.OTHER) {
          facts.listing.identifier(Identifier.of(idType, value, type, Countries.resolve("")));
        } else {
          facts.listing.remark(type + ": " + value);
        }
      }
    }
  }

  /** A date period: one day, one month, one year (approximate when marked) or a range. */
  static Optional<BirthDate> birthDate(XmlElement period) {
    Optional<LocalDate> from =
        period.child("Start").flatMap(s -> s.child("From")).flatMap(OfacAdvancedReferences::date);
    Optional<LocalDate> to =
        period.child("End").flatMap(e -> e.child("To")).flatMap(OfacAdvancedReferences::date);
    if (from.isEmpty() || to.isEmpty() || to.get().isBefore(from.get())) {
      return Optional.empty();
    }
    LocalDate start = from.get();
    LocalDate end = to.get();
    boolean approximate =
        period.child("Start").map(s -> s.attribute("Approximate")).orElse("").equals("true");
    if (start.equals(end)) {
      return Optional.of(new BirthDate.Exact(start));
    }
    if (start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()))) {
      return Optional.of(new BirthDate.Year(start.getYear(), approximate));
    }
    if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
      return Optional.of(new BirthDate.Month(java.time.YearMonth.from(start)));
    }
    return Optional.of(new BirthDate.Range(start, end));
  }
}
