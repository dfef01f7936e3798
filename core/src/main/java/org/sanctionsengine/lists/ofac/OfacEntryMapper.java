package org.sanctionsengine.lists.ofac;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Listing;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;
import org.sanctionsengine.entity.Program;
import org.sanctionsengine.lists.ReadContext;

/**
 * Maps one legacy-CSV SDN record (with its joined rows) to an entity. Aliases in {@code alt.csv}
 * are OFAC's strong AKAs; weak AKAs sit in the remarks ("a.k.a. 'BNC'") and are marked weak.
 */
final class OfacEntryMapper {
  private final ReadContext context;

  OfacEntryMapper(ReadContext context) {
    this.context = context;
  }

  Optional<Entity> map(OfacRecord record) {
    String name = record.field(OfacRecord.NAME);
    if (name.isEmpty()) {
      context.problem(record.location(), "entry " + record.entNum() + " has no name (field 2).");
      return Optional.empty();
    }
    OfacFacts facts = new OfacFacts(Listing.builder(name));
    for (String program : programs(record.field(OfacRecord.PROGRAMS))) {
      facts.listing.program(Program.of(program));
    }
    facts.listing.position(record.field(OfacRecord.TITLE));
    record.addresses().forEach(facts.listing::address);
    for (List<String> alias : record.aliases()) {
      aliasName(alias).ifPresent(facts.listing::name);
    }
    vessel(record, facts);
    OfacRemarks.apply(record.remarks(), facts);
    return Optional.of(
        facts.build(
            context.ref(record.entNum(), record.location()), record.field(OfacRecord.TYPE)));
  }

  /** "SDGT] [IFSR" → SDGT, IFSR. */
  static List<String> programs(String field) {
    return java.util.Arrays.stream(field.replace("[", "").split("]"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static Optional<Name> aliasName(List<String> alias) {
    String value = alias.get(1);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    NameType type =
        switch (alias.get(0).toLowerCase(Locale.ROOT)) {
          case "fka" -> NameType.FORMER;
          default -> NameType.ALIAS;
        };
    return Optional.of(Name.of(value, type, NameQuality.STRONG));
  }

  private static void vessel(OfacRecord record, OfacFacts facts) {
    String callSign = record.field(OfacRecord.CALL_SIGN);
    if (!callSign.isEmpty()) {
      facts.listing.identifier(
          Identifier.of(IdentifierType.CALL_SIGN, callSign, "Call Sign", Countries.resolve("")));
    }
    facts.vesselType = record.field(OfacRecord.VESSEL_TYPE);
    String tonnage = record.field(OfacRecord.TONNAGE);
    String grt = record.field(OfacRecord.GRT);
    facts.tonnage = !tonnage.isEmpty() ? tonnage : grt.isEmpty() ? "" : "GRT " + grt;
    facts.flag = Countries.resolve(record.field(OfacRecord.FLAG));
    facts.owner = record.field(OfacRecord.OWNER);
  }
}
