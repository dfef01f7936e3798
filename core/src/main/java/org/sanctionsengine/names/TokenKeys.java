package org.sanctionsengine.names;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The romanization keys of a token: Korean phonetic keys and the Arabic consonant skeleton. Keys of
 * a text are memoized: list and query names repeat the same few thousand words ("kim", "chol",
 * "trading"), and reading a text as Korean syllables costs microseconds.
 */
final class TokenKeys {
  private static final int MAX_CACHED = 100_000;
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private TokenKeys() {}

  static Set<String> of(String text, Set<String> readings) {
    if (readings.isEmpty()) {
      return of(text);
    }
    Set<String> keys = new HashSet<>(of(text));
    for (String reading : readings) {
      keys.addAll(of(reading));
    }
    return keys;
  }

  private static Set<String> of(String latin) {
    Set<String> cached = CACHE.get(latin);
    if (cached != null) {
      return cached;
    }
    Set<String> keys = new HashSet<>(KoreanKeys.of(latin));
    String skeleton = ArabicSkeletons.of(latin);
    if (!skeleton.isEmpty()) {
      keys.add(skeleton);
    }
    Set<String> result = Set.copyOf(keys);
    if (CACHE.size() >= MAX_CACHED) {
      CACHE.clear();
    }
    CACHE.put(latin, result);
    return result;
  }
}
