package org.sanctionsengine.lists.ofac;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.Gender;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.entity.NameType;

/**
 * Reads the facts OFAC's legacy formats put in the remarks field, one "; "-separated item at a
 * time: "DOB 18 Jun 1964", "POB Kaesong, DPRK", "nationality Korea, North", "Passport 381420754
 * (Korea, North)", "Vessel Registration Identification IMO 7937317", "a.k.a. 'BNC'" (a weak AKA)
 * ... The whole remarks text is kept as a remark as well; nothing is lost.
 */
final class OfacRemarks {
  private static final Pattern ITEM_SEPARATOR = Pattern.compile(";\\s+");
  private static final Pattern QUOTED = Pattern.compile("'(.+)'\\.?");
  private static final Pattern TRAILING_COUNTRY = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\.?$");

  private record IdPrefix(String prefix, IdentifierType type) {}

  private static final IdPrefix[] IDS = {
    new IdPrefix("Vessel Registration Identification IMO", IdentifierType.IMO),
    new IdPrefix("IMO", IdentifierType.IMO),
    new IdPrefix("MMSI", IdentifierType.MMSI),
    new IdPrefix("SWIFT/BIC", IdentifierType.BIC),
    new IdPrefix("Passport", IdentifierType.PASSPORT),
    new IdPrefix("Diplomatic Passport", IdentifierType.PASSPORT),
    new IdPrefix("National ID No.", IdentifierType.NATIONAL_ID),
    new IdPrefix("Cedula No.", IdentifierType.NATIONAL_ID),
    new IdPrefix("C.U.R.P.", IdentifierType.NATIONAL_ID),
    new IdPrefix("D.N.I.", IdentifierType.NATIONAL_ID),
    new IdPrefix("Tax ID No.", IdentifierType.TAX_ID),
    new IdPrefix("R.F.C.", IdentifierType.TAX_ID),
    new IdPrefix("Registration Number", IdentifierType.REGISTRATION_NUMBER),
    new IdPrefix("Registration ID", IdentifierType.REGISTRATION_NUMBER),
    new IdPrefix("Business Registration Number", IdentifierType.REGISTRATION_NUMBER),
    new IdPrefix("Aircraft Manufacturer's Serial Number (MSN)", IdentifierType.AIRCRAFT_SERIAL),
    new IdPrefix("Aircraft Tail Number", IdentifierType.AIRCRAFT_TAIL),
    new IdPrefix("Identification Number", IdentifierType.OTHER),
  };

  private OfacRemarks() {}

  static void apply(String remarks, OfacFacts facts) {
    facts.listing.remark(remarks);
    for (String raw : ITEM_SEPARATOR.split(remarks)) {
      String item = stripEnd(raw.strip());
      if (item.startsWith("alt. ")) {
        item = item.substring(5);
      }
      applyItem(item, facts);
    }
  }

  private static void applyItem(String item, OfacFacts facts) {
    String lower = item.toLowerCase(Locale.ROOT);
    if (item.startsWith("DOB ")) {
      OfacDates.birthDate(item.substring(4)).ifPresent(facts.birthDates::add);
    } else if (item.startsWith("POB ")) {
      facts.placesOfBirth.add(item.substring(4).strip());
    } else if (lower.startsWith("nationality ") || lower.startsWith("citizen ")) {
      facts.listing.nationality(Countries.resolve(item.substring(item.indexOf(' ') + 1)));
    } else if (item.startsWith("Gender ")) {
      facts.gender =
          lower.endsWith("female")
              ? Gender.FEMALE
              : lower.endsWith("male") ? Gender.MALE : Gender.UNKNOWN;
    } else if (item.startsWith("a.k.a. ")
        || item.startsWith("f.k.a. ")
        || item.startsWith("n.k.a. ")) {
      weakAlias(item, facts);
    } else if (item.startsWith("Aircraft Model ")) {
      facts.aircraftModel = item.substring("Aircraft Model ".length()).strip();
    } else if (item.startsWith("Former Vessel Flag ")) {
      facts.formerFlags.add(Countries.resolve(item.substring("Former Vessel Flag ".length())));
    } else {
      identifier(item, facts);
    }
  }

  private static void weakAlias(String item, OfacFacts facts) {
    Matcher quoted = QUOTED.matcher(item.substring(7).strip());
    if (quoted.matches()) {
      NameType type = item.startsWith("f.k.a.") ? NameType.FORMER : NameType.ALIAS;
      facts.listing.name(Name.of(quoted.group(1), type, NameQuality.WEAK));
    }
  }

  private static void identifier(String item, OfacFacts facts) {
    for (IdPrefix id : IDS) {
      if (item.startsWith(id.prefix() + " ")) {
        String rest = item.substring(id.prefix().length()).strip();
        Country issuer = Country.UNKNOWN;
        Matcher country = TRAILING_COUNTRY.matcher(rest);
        if (country.matches()) {
          rest = country.group(1);
          issuer = Countries.resolve(country.group(2));
        }
        int space = id.type() == IdentifierType.BIC ? -1 : rest.indexOf(' ');
        String number = space < 0 ? rest : rest.substring(0, space);
        String note = space < 0 ? "" : rest.substring(space + 1);
        if (!number.isEmpty()) {
          facts.listing.identifier(
              Identifier.of(id.type(), number, id.prefix(), issuer).withNote(note));
        }
        return;
      }
    }
  }

  private static String stripEnd(String item) {
    return item.endsWith(".") && !item.endsWith("'.") ? item.substring(0, item.length() - 1) : item;
  }
}
