package org.sanctionsengine.audit;

import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.Holders;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Who takes a step on a case: the holder of an API key, and that key. Four eyes compares people by
 * {@link Holders#identity}, not by spelling, and two steps with one key are one person whatever the
 * name says.
 *
 * @param name the key holder's name, trimmed, 1 to 100 characters on one line
 * @param keyId the key the step was taken with; 0 for the engine (which opens cases) and for steps
 *     stored before steps were taken by key
 */
public record Reviewer(String name, long keyId) {
  /** Who opens cases: the engine itself, not a person. */
  public static final Reviewer ENGINE = new Reviewer("engine", 0);

  public Reviewer {
    name = name.strip();
    if (name.isEmpty() || name.length() > 100 || name.contains("\n") || name.contains("\r")) {
      throw new InvalidInputException(
          "Reviewer name '"
              + name
              + "' is not acceptable: expected 1 to 100 characters on one line (the holder of"
              + " the key the step is taken with).");
    }
    if (keyId < 0) {
      throw new IllegalArgumentException("key ids are never negative: " + keyId);
    }
  }

  /** The holder of {@code key}, acting with it. */
  public static Reviewer of(ApiKey key) {
    return new Reviewer(key.holder(), key.id());
  }

  /**
   * Whether this is the same person as {@code other}: the same key, or holder names that are one
   * identity once case, compatibility forms, invisible characters and look-alike letters of other
   * scripts are folded away ({@link Holders#identity}).
   */
  public boolean isSamePersonAs(Reviewer other) {
    return (keyId != 0 && keyId == other.keyId) || Holders.isSamePerson(name, other.name);
  }

  @Override
  public String toString() {
    return keyId == 0 ? name : name + " (key " + keyId + ")";
  }
}
