package org.sanctionsengine.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What each executor JVM builds once from a broadcast and then shares between its tasks: the name
 * index of the lists, the re-screening indexes, the regime's screener. Keyed by the content hash of
 * what it was built from, so a new snapshot gets a new index. Holds the few most recent; a job uses
 * one or two.
 */
final class ExecutorCache {
  private static final int MAX_ENTRIES = 4;

  private static final Map<String, Object> BUILT =
      new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  private ExecutorCache() {}

  /**
   * The value built for {@code key}, building it first if this JVM has none. Other tasks asking
   * meanwhile wait for it rather than build it again: an index of the full lists takes seconds and
   * hundreds of megabytes.
   */
  static synchronized <T> T get(String key, Class<T> type, Supplier<T> build) {
    Object value = BUILT.get(key);
    if (value == null) {
      value = build.get();
      BUILT.put(key, value);
    }
    return type.cast(value);
  }
}
