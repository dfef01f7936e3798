package org.sanctionsengine.match;

/**
 * What something other than the name added to or took from the score.
 *
 * @param kind identifier, birth date or nationality
 * @param effect the change of score (negative for a conflict); an identical identifier sets the
 *     score to 1 whatever the name
 * @param description what was compared, e.g. "birth year 1984 matches 1984-01-08"
 */
public record Evidence(Kind kind, double effect, String description) {
  /** The kinds of evidence beyond the name. */
  public enum Kind {
    IDENTIFIER,
    BIRTH_DATE,
    NATIONALITY
  }
}
