package org.sanctionsengine.access;

/**
 * A key just issued: the secret, shown once to whoever asked for it, and what the store keeps.
 *
 * @param secret the key to present in {@code Authorization: Bearer ...}; the store keeps only its
 *     hash, so it cannot be shown again
 * @param key the stored description of the key
 */
public record IssuedKey(String secret, ApiKey key) {
  @Override
  public String toString() {
    // Never the secret in a log line or an exception message.
    return "IssuedKey[" + key + "]";
  }
}
