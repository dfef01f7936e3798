package org.sanctionsengine.access;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.input.InvalidInputException;

/**
 * An API key as the store knows it: never the secret itself, only who holds it and what it may do.
 *
 * @param id the store's number for the key (what {@code keys revoke} takes)
 * @param holder who holds the key (a person or a system), shown in the audit log as the reviewer
 * @param role what the key may do
 * @param createdAt when it was issued
 * @param revokedAtOrNull when it was revoked, or null while it is valid
 * @param issuer who issued it (recorded with it in the audit chain)
 */
public record ApiKey(
    long id,
    String holder,
    Role role,
    Instant createdAt,
    @Nullable Instant revokedAtOrNull,
    Issuer issuer) {
  public ApiKey {
    requireHolder(holder);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAtOrNull);
  }

  public boolean isRevoked() {
    return revokedAtOrNull != null;
  }

  /** A holder's name: 1 to 100 printable characters, as the case history records reviewers. */
  public static void requireHolder(String holder) {
    if (holder.isBlank()
        || holder.length() > 100
        || holder.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(
          "The key holder '"
              + holder
              + "' is not acceptable: expected 1 to 100 printable characters, e.g. 'alice' or"
              + " 'payments-gateway'.");
    }
  }
}
