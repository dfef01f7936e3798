package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.entity.Aircraft;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.Organization;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Vessel;

/**
 * Evidence beyond the name. An identical identifier (IMO, passport, BIC …) decides on its own. A
 * birth date that fits one the list gives adds {@value #BIRTH_DATE_MATCH}; one that fits none takes
 * {@value #BIRTH_DATE_CONFLICT}. A nationality (or, for organizations and vessels, a country of
 * address or flag) the list gives adds {@value #COUNTRY_MATCH}; one it does not give takes {@value
 * #COUNTRY_CONFLICT}. Nothing is added or taken when the list says nothing.
 */
final class EvidenceRules {
  static final double BIRTH_DATE_MATCH = 0.05;
  static final double BIRTH_DATE_CONFLICT = -0.15;
  static final double COUNTRY_MATCH = 0.03;
  static final double COUNTRY_CONFLICT = -0.05;

  /** The most that evidence other than an identifier can add. */
  static final double MAX_BONUS = BIRTH_DATE_MATCH + COUNTRY_MATCH;

  /**
   * The most that the evidence this query brings can add to a name score: nothing for a name alone.
   * With an identifier, {@link #MAX_BONUS}, so that a candidate whose identifier decides is still
   * scored by its name and explained with it.
   */
  static double maxBonus(MatchQuery query) {
    if (!query.identifiers().isEmpty()) {
      return MAX_BONUS;
    }
    return (query.birthDates().isEmpty() ? 0 : BIRTH_DATE_MATCH)
        + (query.country().isEmpty() ? 0 : COUNTRY_MATCH);
  }

  private EvidenceRules() {}

  static List<Evidence> of(MatchQuery query, Entity entity) {
    List<Evidence> evidence = new ArrayList<>(2);
    identifier(query, entity).ifPresent(evidence::add);
    birthDate(query, entity).ifPresent(evidence::add);
    country(query, entity).ifPresent(evidence::add);
    return evidence;
  }

  static Optional<Evidence> identifier(MatchQuery query, Entity entity) {
    for (Identifier wanted : query.identifiers()) {
      for (Identifier listed : entity.identifiers(wanted.type())) {
        if (listed.normalized().equals(wanted.normalized())) {
          return Optional.of(
              new Evidence(
                  Evidence.Kind.IDENTIFIER,
                  1.0,
                  wanted.type().code() + " " + listed.value() + " identical"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Evidence> birthDate(MatchQuery query, Entity entity) {
    if (query.birthDates().isEmpty() || !(entity instanceof Person person)) {
      return Optional.empty();
    }
    List<BirthDate> listed =
        person.birthDates().stream().filter(date -> !(date instanceof BirthDate.Text)).toList();
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    for (BirthDate wanted : query.birthDates()) {
      for (BirthDate date : listed) {
        if (!wanted.earliest().isAfter(date.latest())
            && !date.earliest().isAfter(wanted.latest())) {
          return Optional.of(
              new Evidence(
                  Evidence.Kind.BIRTH_DATE,
                  BIRTH_DATE_MATCH,
                  describe(wanted) + " fits the listed " + describe(date)));
        }
      }
    }
    return Optional.of(
        new Evidence(
            Evidence.Kind.BIRTH_DATE,
            BIRTH_DATE_CONFLICT,
            describe(query.birthDates().get(0))
                + " fits none of the listed "
                + String.join(", ", listed.stream().map(EvidenceRules::describe).toList())));
  }

  private static Optional<Evidence> country(MatchQuery query, Entity entity) {
    if (query.country().isEmpty()) {
      return Optional.empty();
    }
    Set<String> listed = countries(entity);
    if (listed.isEmpty()) {
      return Optional.empty();
    }
    boolean fits = listed.contains(query.country());
    return Optional.of(
        new Evidence(
            Evidence.Kind.NATIONALITY,
            fits ? COUNTRY_MATCH : COUNTRY_CONFLICT,
            query.country()
                + (fits ? " is among the listed " : " is not among the listed ")
                + String.join(", ", listed)));
  }

  private static Set<String> countries(Entity entity) {
    Set<String> codes = new LinkedHashSet<>();
    entity.listing().nationalities().forEach(country -> country.alpha2().ifPresent(codes::add));
    switch (entity) {
      case Person person -> {}
      case Organization organization ->
          organization
              .listing()
              .addresses()
              .forEach(address -> address.country().alpha2().ifPresent(codes::add));
      case Vessel vessel -> vessel.particulars().flag().alpha2().ifPresent(codes::add);
      case Aircraft aircraft -> {}
    }
    return codes;
  }

  private static String describe(BirthDate date) {
    return switch (date) {
      case BirthDate.Exact exact -> exact.date().toString();
      case BirthDate.Month month -> month.month().toString();
      case BirthDate.Year year -> (year.approximate() ? "circa " : "") + year.year();
      case BirthDate.Range range ->
          String.format(Locale.ROOT, "%s to %s", range.from(), range.to());
      case BirthDate.Text text -> text.text();
    };
  }
}
