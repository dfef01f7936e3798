package org.sanctionsengine.screening;

import java.time.LocalDate;
import java.util.List;
import org.sanctionsengine.goods.Coverage;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.Direction;
import org.sanctionsengine.regime.GoodsMeasure;

/**
 * The goods measures of a regime, indexed by direction and HS prefix. A measure is registered under
 * each code its scope includes ("full" table) and under every shorter prefix of those codes
 * ("partial" table: a query code broader than the scope is only partly covered). A lookup reads at
 * most five full-table slots (the query's 2, 4, 6, 8 and 10-digit prefixes) and one partial slot,
 * then filters by date; the decision record docs/decisions/0010-goods-index.md explains why.
 */
final class GoodsIndex {
  private final PrefixTable intoFull;
  private final PrefixTable intoPartial;
  private final PrefixTable fromFull;
  private final PrefixTable fromPartial;

  /** A measure that covers a query code, and how far. */
  record Hit(IndexEntry entry, Coverage coverage) {}

  GoodsIndex(List<GoodsMeasure> measures) {
    var intoFullB = new PrefixTable.Builder();
    var intoPartialB = new PrefixTable.Builder();
    var fromFullB = new PrefixTable.Builder();
    var fromPartialB = new PrefixTable.Builder();
    int ordinal = 0;
    for (GoodsMeasure measure : measures) {
      IndexEntry entry = new IndexEntry(measure, ordinal++);
      Direction direction = measure.basis().direction();
      for (HsCode code : measure.scope().includedCodes()) {
        String digits = code.digits();
        if (direction.includesInto()) {
          register(intoFullB, intoPartialB, digits, entry);
        }
        if (direction.includesFrom()) {
          register(fromFullB, fromPartialB, digits, entry);
        }
      }
    }
    intoFull = intoFullB.build();
    intoPartial = intoPartialB.build();
    fromFull = fromFullB.build();
    fromPartial = fromPartialB.build();
    words = (ordinal >>> 6) + 1;
  }

  private final int words;

  /** A bitmap of entries already hit, sized for this index; one per check. */
  long[] newSeen() {
    return new long[words];
  }

  private static void register(
      PrefixTable.Builder full, PrefixTable.Builder partial, String digits, IndexEntry entry) {
    full.add(PrefixTable.key(digits, digits.length()), entry);
    for (int length = 2; length < digits.length(); length += 2) {
      partial.add(PrefixTable.key(digits, length), entry);
    }
  }

  /**
   * Adds to {@code hits} the measures in force on {@code asOf} that cover {@code code}, skipping
   * those already in {@code seen} (a bitmap from {@link #newSeen()}).
   */
  void lookup(boolean into, HsCode code, LocalDate asOf, List<Hit> hits, long[] seen) {
    PrefixTable full = into ? intoFull : fromFull;
    PrefixTable partial = into ? intoPartial : fromPartial;
    long[] keys = PrefixTable.keys(code.digits());
    for (long key : keys) {
      for (IndexEntry entry : full.get(key)) {
        if (entry.inForceOn(asOf) && firstSeen(seen, entry)) {
          Coverage coverage = excluded(entry, code, keys);
          if (coverage != Coverage.NONE) {
            hits.add(new Hit(entry, coverage));
          }
        }
      }
    }
    for (IndexEntry entry : partial.get(keys[keys.length - 1])) {
      if (entry.inForceOn(asOf) && firstSeen(seen, entry)) {
        hits.add(new Hit(entry, Coverage.PARTIAL));
      }
    }
  }

  private static boolean firstSeen(long[] seen, IndexEntry entry) {
    int word = entry.ordinal >>> 6;
    long bit = 1L << entry.ordinal;
    if ((seen[word] & bit) != 0) {
      return false;
    }
    seen[word] |= bit;
    return true;
  }

  /** FULL unless an exclusion covers the code (NONE) or lies inside it (PARTIAL). */
  private static Coverage excluded(IndexEntry entry, HsCode code, long[] queryKeys) {
    if (entry.excludedChapters[code.chapter()]) {
      return Coverage.NONE;
    }
    Coverage coverage = Coverage.FULL;
    for (long[] exclusion : entry.exclusionKeys) {
      if (exclusion.length <= queryKeys.length) {
        if (exclusion[exclusion.length - 1] == queryKeys[exclusion.length - 1]) {
          return Coverage.NONE;
        }
      } else if (exclusion[queryKeys.length - 1] == queryKeys[queryKeys.length - 1]) {
        coverage = Coverage.PARTIAL;
      }
    }
    return coverage;
  }
}
