package org.sanctionsengine.match;

/**
 * 64-bit hashes of the index keys ({@link IndexKeys}), computed from a prefix and a text without
 * building the key string: the hash of {@code ("d:", "kim jong", skip 1)} is the hash of the string
 * {@code "d:km jong"}. Postings are looked up by hash alone: two keys that share a hash (about one
 * chance in 10^7 among the index's million keys) only bring a few extra candidates, which are
 * scored like any other, so a collision never changes a result.
 */
final class KeyHashes {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private KeyHashes() {}

  /** The hash of {@code prefix + text}. */
  static long of(String prefix, String text) {
    return of(prefix, text, 0, -1);
  }

  /**
   * The hash of {@code prefix + text.substring(from)} with the character at {@code skip} left out.
   */
  static long of(String prefix, String text, int from, int skip) {
    long hash = OFFSET;
    for (int i = 0; i < prefix.length(); i++) {
      hash = (hash ^ prefix.charAt(i)) * PRIME;
    }
    for (int i = from; i < text.length(); i++) {
      if (i != skip) {
        hash = (hash ^ text.charAt(i)) * PRIME;
      }
    }
    // FNV-1a, then MurmurHash3's finalizer, so that the low bits a table uses are well mixed.
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash;
  }
}
