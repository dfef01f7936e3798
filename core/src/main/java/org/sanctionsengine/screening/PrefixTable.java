package org.sanctionsengine.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HS code prefixes (2 to 10 digits) to the index entries registered under them, in an
 * open-addressing table keyed by a long (digits as a number, times 8, plus length / 2). No boxing
 * and no substring on lookup: this is the hot path of every check (see TransactionCheckBenchmark).
 */
final class PrefixTable {
  private static final IndexEntry[] NONE = new IndexEntry[0];

  private final long[] keys;
  private final IndexEntry[][] values;
  private final int mask;

  private PrefixTable(Map<Long, List<IndexEntry>> entries) {
    int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
    keys = new long[capacity];
    values = new IndexEntry[capacity][];
    mask = capacity - 1;
    java.util.Arrays.fill(keys, -1L);
    entries.forEach(
        (key, list) -> {
          int slot = slot(key);
          while (keys[slot] != -1L) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = key;
          values[slot] = list.toArray(NONE);
        });
  }

  /** The key of the first {@code length} digits of {@code digits}. */
  static long key(String digits, int length) {
    long value = 0;
    for (int i = 0; i < length; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value * 8 + length / 2;
  }

  /**
   * The keys of a code's 2, 4, ... digit prefixes: {@code keys[i]} has {@code 2 * (i + 1)} digits.
   */
  static long[] keys(String digits) {
    long[] keys = new long[digits.length() / 2];
    long value = 0;
    for (int i = 0; i < digits.length(); i++) {
      value = value * 10 + (digits.charAt(i) - '0');
      if (i % 2 == 1) {
        keys[i / 2] = value * 8 + (i + 1) / 2;
      }
    }
    return keys;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }

  IndexEntry[] get(long key) {
    int slot = slot(key);
    while (true) {
      long found = keys[slot];
      if (found == key) {
        return values[slot];
      }
      if (found == -1L) {
        return NONE;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Collects entries by key, then freezes them into a table. */
  static final class Builder {
    private final Map<Long, List<IndexEntry>> entries = new LinkedHashMap<>();

    void add(long key, IndexEntry entry) {
      List<IndexEntry> list = entries.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(entry)) {
        list.add(entry);
      }
    }

    PrefixTable build() {
      return new PrefixTable(entries);
    }
  }
}
