package org.sanctionsengine.access;

import org.sanctionsengine.input.InvalidInputException;

/**
 * Who issued or revoked a key: another key (an administrator through the server), or the operator
 * of the command line or the server's first start, who act with access to the store itself and no
 * key. The audit chain records it with every key issued or revoked, so that a key an administrator
 * issued and then used shows as such.
 *
 * @param keyId the issuing key's id, or 0 when no key was used
 * @param name the issuing key's holder, or a description such as {@code command line (user root)}
 */
public record Issuer(long keyId, String name) {
  public Issuer {
    if (keyId < 0) {
      throw new IllegalArgumentException("key ids are never negative: " + keyId);
    }
    if (name.isBlank() || name.length() > 200) {
      throw new InvalidInputException(
          "An issuer is described in 1 to 200 characters, found '" + name + "'.");
    }
  }

  /** An administrator's key. */
  public static Issuer key(ApiKey key) {
    return new Issuer(key.id(), key.holder());
  }

  /** Someone with access to the store and no key: the command line, the server's first start. */
  public static Issuer withoutKey(String how) {
    return new Issuer(0, how);
  }

  /** Whether a key issued it. */
  public boolean isKey() {
    return keyId > 0;
  }

  @Override
  public String toString() {
    return isKey() ? "key " + keyId + " (" + name + ")" : name;
  }
}
