package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Identifier;

/**
 * A party to screen: its name and whatever else is known of it.
 *
 * @param name the name as given; may be blank only when an identifier is given
 * @param kinds the kinds of entity it may be; empty for any
 * @param birthDates its known dates of birth; empty when unknown
 * @param country its nationality or country as an ISO 3166 alpha-2 code; empty when unknown
 * @param identifiers identifying numbers (IMO, passport, BIC); an identical one decides alone
 */
public record MatchQuery(
    String name,
    Set<EntityKind> kinds,
    List<BirthDate> birthDates,
    String country,
    List<Identifier> identifiers) {
  public MatchQuery {
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    birthDates = List.copyOf(birthDates);
    country = country.strip().toUpperCase(Locale.ROOT);
    identifiers = List.copyOf(identifiers);
    if (name.isBlank() && identifiers.isEmpty()) {
      throw new IllegalArgumentException("A query needs a name or an identifier");
    }
  }

  /** A query for a name alone. */
  public static MatchQuery of(String name) {
    return new MatchQuery(name, Set.of(), List.of(), "", List.of());
  }

  public MatchQuery withKind(EntityKind kind) {
    return new MatchQuery(name, Set.of(kind), birthDates, country, identifiers);
  }

  public MatchQuery withBirthDate(BirthDate birthDate) {
    List<BirthDate> dates = new ArrayList<>(birthDates);
    dates.add(birthDate);
    return new MatchQuery(name, kinds, dates, country, identifiers);
  }

  public MatchQuery withCountry(String alpha2) {
    return new MatchQuery(name, kinds, birthDates, alpha2, identifiers);
  }

  public MatchQuery withIdentifier(Identifier identifier) {
    List<Identifier> all = new ArrayList<>(identifiers);
    all.add(identifier);
    return new MatchQuery(name, kinds, birthDates, country, all);
  }
}
