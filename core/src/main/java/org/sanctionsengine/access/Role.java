package org.sanctionsengine.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctionsengine.input.InvalidInputException;

/**
 * What an API key may do. Each role includes the ones before it: a reviewer may screen, an admin
 * may review.
 */
public enum Role {
  /** Screens parties, checks transactions, reads lists, the regime and scenarios. */
  SCREENER,
  /** Also escalates and clears cases (a clearance needs a second reviewer). */
  REVIEWER,
  /** Also manages API keys and verifies the audit log. */
  ADMIN;

  /** The stable code, e.g. {@code reviewer}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a key with this role may do what {@code needed} may do. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The role with this code; rejects an unknown code with the list of known ones. */
  public static Role parse(String code) {
    for (Role role : values()) {
      if (role.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return role;
      }
    }
    throw new InvalidInputException(
        "Unknown role '"
            + code
            + "': expected one of "
            + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "))
            + ".");
  }
}
