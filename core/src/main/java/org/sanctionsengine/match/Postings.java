package org.sanctionsengine.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** An inverted index from keys to the ids of the names that carry them, ids ascending. */
final class Postings {
  private static final int[] NONE = new int[0];
  private final Map<String, int[]> lists;

  private Postings(Map<String, int[]> lists) {
    this.lists = lists;
  }

  int[] get(String key) {
    return lists.getOrDefault(key, NONE);
  }

  int keyCount() {
    return lists.size();
  }

  /** Collects postings; ids must be added in ascending order. */
  static final class Builder {
    private final Map<String, int[]> growing = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();

    void add(String key, int id) {
      int[] ids = growing.get(key);
      int size = sizes.getOrDefault(key, 0);
      if (ids == null) {
        ids = new int[2];
      } else if (ids[size - 1] == id) {
        return;
      } else if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
      }
      ids[size] = id;
      growing.put(key, ids);
      sizes.put(key, size + 1);
    }

    Postings build() {
      Map<String, int[]> lists = new HashMap<>(growing.size() * 2);
      growing.forEach((key, ids) -> lists.put(key, Arrays.copyOf(ids, sizes.get(key))));
      return new Postings(lists);
    }
  }
}
