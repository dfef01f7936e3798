package org.sanctionsengine.match;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An inverted index from key hashes ({@link KeyHashes}) to the ids of the names that carry the key,
 * ids ascending: an open-addressing table of primitive longs, so that the few dozen look-ups of a
 * search neither build key strings nor follow map nodes (the look-ups were a quarter of a search's
 * time with a {@code HashMap<String, int[]>}; measured with {@code MatchingCpuTime} in {@code
 * bench/}).
 */
final class Postings {
  private static final int[] NONE = new int[0];
  private final long[] keys;
  private final int[][] lists;
  private final int mask;

  private Postings(long[] keys, int[][] lists) {
    this.keys = keys;
    this.lists = lists;
    this.mask = keys.length - 1;
  }

  int[] get(long key) {
    long wanted = key == 0 ? 1 : key;
    for (int slot = (int) wanted & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == wanted) {
        return lists[slot];
      } else if (keys[slot] == 0) {
        return NONE;
      }
    }
  }

  /** Collects postings; ids must be added in ascending order. */
  static final class Builder {
    private long[] keys = new long[1 << 16];
    private int[] @Nullable [] lists = new int[1 << 16][];
    private int[] sizes = new int[1 << 16];
    private int count;

    void add(long key, int id) {
      int slot = slot(keys, key == 0 ? 1 : key);
      if (keys[slot] == 0) {
        keys[slot] = key == 0 ? 1 : key;
        lists[slot] = new int[2];
        if (++count * 2 > keys.length) {
          grow();
          slot = slot(keys, key == 0 ? 1 : key);
        }
      }
      int size = sizes[slot];
      int[] ids = Objects.requireNonNull(lists[slot]);
      if (size > 0 && ids[size - 1] == id) {
        return;
      }
      if (size == ids.length) {
        ids = Arrays.copyOf(ids, size * 2);
        lists[slot] = ids;
      }
      ids[size] = id;
      sizes[slot] = size + 1;
    }

    Postings build() {
      int[][] trimmed = new int[lists.length][];
      for (int slot = 0; slot < keys.length; slot++) {
        int[] ids = lists[slot];
        trimmed[slot] = ids == null ? NONE : Arrays.copyOf(ids, sizes[slot]);
      }
      return new Postings(keys, trimmed);
    }

    private static int slot(long[] keys, long key) {
      int mask = keys.length - 1;
      int slot = (int) key & mask;
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] @Nullable [] oldLists = lists;
      int[] oldSizes = sizes;
      keys = new long[oldKeys.length * 2];
      lists = new int[keys.length][];
      sizes = new int[keys.length];
      for (int old = 0; old < oldKeys.length; old++) {
        if (oldKeys[old] != 0) {
          int slot = slot(keys, oldKeys[old]);
          keys[slot] = oldKeys[old];
          lists[slot] = oldLists[old];
          sizes[slot] = oldSizes[old];
        }
      }
    }
  }
}
