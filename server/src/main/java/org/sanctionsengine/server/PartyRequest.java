package org.sanctionsengine.server;

import org.jspecify.annotations.Nullable;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.match.PartyFields;
import org.sanctionsengine.match.Screening;

/**
 * A party to screen, as the API receives it (JSON fields named as in {@code docs/server.md}).
 * Absent fields are unknown.
 *
 * @param customerId the customer's id in the caller's books; a cleared false positive is tied to it
 */
public record PartyRequest(
    @Nullable String name,
    @Nullable String type,
    @Nullable String birthDate,
    @Nullable String country,
    @Nullable String imo,
    @Nullable Double threshold,
    @Nullable String customerId) {

  /** The longest customer id the case store keeps. */
  static final int MAX_CUSTOMER_ID = 200;

  public static PartyRequest of(PartyFields fields, String customerId) {
    return new PartyRequest(
        fields.name(),
        fields.type(),
        fields.birthDate(),
        fields.country(),
        fields.imo(),
        null,
        customerId.isEmpty() ? null : customerId);
  }

  public PartyFields fields() {
    return new PartyFields(text(name), text(type), text(birthDate), text(country), text(imo));
  }

  /** The threshold asked for, or the default; an error if it is not a score from 0 to 1. */
  public double thresholdOrDefault() {
    if (threshold == null) {
      return Screening.DEFAULT_THRESHOLD;
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new InvalidInputException(
          "threshold " + threshold + " is out of range: expected a score from 0 to 1, e.g. 0.8.");
    }
    return threshold;
  }

  /**
   * The customer the alert concerns: the id given, or else the name itself, so that screening the
   * same name again finds a clearance given for it.
   */
  public String customerOrName() {
    String given = text(customerId).strip();
    if (!given.isEmpty()) {
      if (given.length() > MAX_CUSTOMER_ID || given.contains("\n")) {
        throw new InvalidInputException(
            "customerId is not acceptable: expected 1 to "
                + MAX_CUSTOMER_ID
                + " characters on one line.");
      }
      return given;
    }
    String byName = "name:" + fields().name();
    if (byName.equals("name:")) {
      byName = "imo:" + fields().imo();
    }
    return byName.length() > MAX_CUSTOMER_ID ? byName.substring(0, MAX_CUSTOMER_ID) : byName;
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }
}
