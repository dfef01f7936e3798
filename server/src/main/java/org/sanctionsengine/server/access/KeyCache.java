package org.sanctionsengine.server.access;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.ApiKeySecrets;
import org.sanctionsengine.access.ApiKeyStore;

/**
 * Remembers for a few seconds what the store said of a key, so that a busy server does not ask the
 * database on every request. A key revoked from another process stops working within {@link
 * #TTL_NANOS}; one revoked through this server stops at once ({@link #forget()}).
 */
final class KeyCache {
  static final long TTL_NANOS = 5_000_000_000L;

  /** Bounded, so that a flood of made-up keys cannot fill the heap. */
  private static final int MAX_ENTRIES = 10_000;

  private record Known(Optional<ApiKey> key, long expiresAt) {}

  private final ApiKeyStore store;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Known> known = new ConcurrentHashMap<>();

  KeyCache(ApiKeyStore store, LongSupplier nanoTime) {
    this.store = store;
    this.nanoTime = nanoTime;
  }

  Optional<ApiKey> authenticate(String secret) {
    String hash = ApiKeySecrets.hash(secret);
    long now = nanoTime.getAsLong();
    Known entry = known.get(hash);
    if (entry != null && now - entry.expiresAt() < 0) {
      return entry.key();
    }
    Optional<ApiKey> key = store.authenticate(secret);
    if (known.size() >= MAX_ENTRIES) {
      known.clear();
    }
    known.put(hash, new Known(key, now + TTL_NANOS));
    return key;
  }

  void forget() {
    known.clear();
  }
}
