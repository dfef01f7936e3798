package org.sanctionsengine.audit;

import java.util.Locale;
import org.sanctionsengine.input.InvalidInputException;

/**
 * A person who reviews cases, by the name they sign with.
 *
 * @param name the reviewer's name, trimmed, 1 to 100 characters on one line
 */
public record Reviewer(String name) {
  /** Who opens cases: the engine itself, not a person. */
  public static final Reviewer ENGINE = new Reviewer("engine");

  public Reviewer {
    name = name.strip();
    if (name.isEmpty() || name.length() > 100 || name.contains("\n") || name.contains("\r")) {
      throw new InvalidInputException(
          "Reviewer name '"
              + name
              + "' is not acceptable: expected 1 to 100 characters on one line. Give the name"
              + " you sign reviews with, e.g. --reviewer \"Jane Doe\".");
    }
  }

  /** Whether this is the same person as {@code other} (names compared ignoring case). */
  public boolean isSamePersonAs(Reviewer other) {
    return name.toLowerCase(Locale.ROOT).equals(other.name.toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return name;
  }
}
