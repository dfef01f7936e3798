package org.sanctionsengine.access;

import java.util.List;
import java.util.Optional;

/**
 * The API keys of a store. Implementations keep only {@link ApiKeySecrets#hash} of each secret, so
 * a copy of the database does not hand out working keys.
 */
public interface ApiKeyStore {
  /**
   * Issues a new key for {@code holder} with {@code role}, and records that {@code issuer} did so
   * in the audit chain (in the same transaction). Refuses a holder whose name passes for another
   * holder's ({@link Holders#lookAlike}): four eyes tells people apart by these names.
   */
  IssuedKey issue(String holder, Role role, Issuer issuer);

  /** The valid (not revoked) key with this secret. */
  Optional<ApiKey> authenticate(String secret);

  /** Every key, revoked ones included, in the order issued. */
  List<ApiKey> list();

  /**
   * Revokes the key and records that {@code by} did so in the audit chain; returns it, or empty if
   * there is no key with this id. Revoking a revoked key changes nothing and records nothing.
   */
  Optional<ApiKey> revoke(long id, Issuer by);

  /** Whether any key, revoked or not, was ever issued (a new store has none). */
  default boolean isEmpty() {
    return list().isEmpty();
  }
}
