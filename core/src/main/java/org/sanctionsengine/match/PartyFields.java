package org.sanctionsengine.match;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Country;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.input.InvalidInputException;

/**
 * A party to screen as a user writes it, field by field (command-line options or the columns {@code
 * name,type,birth_date,country,imo} of a batch file); empty fields are unknown. {@link #toQuery()}
 * checks each field and says what is wrong with one that cannot be read.
 */
public record PartyFields(String name, String type, String birthDate, String country, String imo) {
  public PartyFields {
    name = name.strip();
    type = type.strip();
    birthDate = birthDate.strip();
    country = country.strip();
    imo = imo.strip();
  }

  /**
   * The query these fields describe.
   *
   * @throws InvalidInputException naming the field, what was expected and what to do, when a field
   *     cannot be read or neither a name nor an IMO number is given
   */
  public MatchQuery toQuery() {
    if (name.isEmpty() && imo.isEmpty()) {
      throw new InvalidInputException(
          "No name to screen: expected a name (or an IMO number), found neither. Give the party's"
              + " name, e.g. \"Kim Jong Un\".");
    }
    MatchQuery query =
        name.isEmpty()
            ? new MatchQuery(
                "", java.util.Set.of(), java.util.List.of(), "", java.util.List.of(parsedImo()))
            : MatchQuery.of(name);
    if (!type.isEmpty()) {
      query = query.withKind(kind());
    }
    if (!birthDate.isEmpty()) {
      query = query.withBirthDate(parsedBirthDate());
    }
    if (!country.isEmpty()) {
      query = query.withCountry(parsedCountry());
    }
    if (!imo.isEmpty() && !name.isEmpty()) {
      query = query.withIdentifier(parsedImo());
    }
    return query;
  }

  /**
   * A query and what was left out of it.
   *
   * @param warnings one line per field that could not be read and was ignored
   */
  public record Reading(MatchQuery query, List<String> warnings) {
    public Reading {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The query these fields describe, for a row of a batch: only the name (or, without a name, the
   * IMO number) is needed to screen a party, so a field that merely narrows the search (type, birth
   * date, country, an IMO number beside a name) and cannot be read is left out, with a warning, and
   * the party is still screened: left out, it can only widen the search. Whereas {@link #toQuery()}
   * refuses such fields, for a person at a prompt who can correct them.
   *
   * @throws InvalidInputException when there is neither a name nor an IMO number, or the one that
   *     identifies the party cannot be read
   */
  public Reading toBatchQuery() {
    if (name.isEmpty()) {
      return new Reading(toQuery(), List.of());
    }
    MatchQuery query = MatchQuery.of(name);
    List<String> warnings = new ArrayList<>();
    if (!type.isEmpty()) {
      query = refine(query, "type", warnings, q -> q.withKind(kind()));
    }
    if (!birthDate.isEmpty()) {
      query = refine(query, "birth_date", warnings, q -> q.withBirthDate(parsedBirthDate()));
    }
    if (!country.isEmpty()) {
      query = refine(query, "country", warnings, q -> q.withCountry(parsedCountry()));
    }
    if (!imo.isEmpty()) {
      query = refine(query, "imo", warnings, q -> q.withIdentifier(parsedImo()));
    }
    return new Reading(query, warnings);
  }

  private static MatchQuery refine(
      MatchQuery query, String column, List<String> warnings, UnaryOperator<MatchQuery> step) {
    try {
      return step.apply(query);
    } catch (InvalidInputException e) {
      warnings.add("column '" + column + "' ignored: " + e.getMessage());
      return query;
    }
  }

  private EntityKind kind() {
    for (EntityKind kind : EntityKind.values()) {
      if (kind.code().equals(type.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new InvalidInputException(
        "Unknown party type '"
            + type
            + "': expected one of "
            + Arrays.stream(EntityKind.values())
                .map(EntityKind::code)
                .collect(Collectors.joining(", "))
            + ". Use one of these, or leave the type out to screen against every kind.");
  }

  private BirthDate parsedBirthDate() {
    try {
      // Month and day may have one digit (1969-7-16), as spreadsheets often write them.
      String[] parts = birthDate.split("-", -1);
      if (!birthDate.matches("[0-9]{4}(-[0-9]{1,2}){0,2}")) {
        throw new DateTimeException(birthDate);
      }
      int year = Integer.parseInt(parts[0]);
      return switch (parts.length) {
        case 1 -> new BirthDate.Year(year, false);
        case 2 -> new BirthDate.Month(YearMonth.of(year, Integer.parseInt(parts[1])));
        default ->
            new BirthDate.Exact(
                LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
      };
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new InvalidInputException(
          "Birth date '"
              + birthDate
              + "' cannot be read: expected YYYY-MM-DD, YYYY-MM or YYYY. Write it like 1984-01-08"
              + " or 1984.");
    }
  }

  private String parsedCountry() {
    Country resolved = Countries.resolve(country);
    return resolved
        .alpha2()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Country '"
                        + country
                        + "' is not known: expected an ISO 3166 alpha-2 code such as KP or CN (or"
                        + " a country name). Use the two-letter code."));
  }

  private Identifier parsedImo() {
    String digits = Identifier.normalize(IdentifierType.IMO, imo);
    if (!digits.matches("[0-9]{7}")) {
      throw new InvalidInputException(
          "IMO number '"
              + imo
              + "' cannot be read: expected seven digits, optionally after \"IMO\" (e.g. 9123456)."
              + " Check the number.");
    }
    return Identifier.of(IdentifierType.IMO, digits, "IMO", Country.UNKNOWN);
  }
}
