package org.sanctionsengine.match;

import java.util.Arrays;

/**
 * Counts, for each list name, how many query tokens found it and how many of its own tokens they
 * can cover, without allocating per query: one per thread, reused. From the counts follows an upper
 * bound of the name score (see {@link #drain}), so that names that cannot reach the floor are never
 * scored.
 */
final class CandidateCounter {
  private final int[] queryHits;
  private final int[] listedHits;
  private final int[] lastUnit;
  private int[] touched = new int[64];
  private int touchedSize;
  private int unit;

  CandidateCounter(int names) {
    this.queryHits = new int[names];
    this.listedHits = new int[names];
    this.lastUnit = new int[names];
  }

  /** Starts the postings of the next query token or joined pair. */
  void nextUnit() {
    if (unit == Integer.MAX_VALUE) {
      // After 2^31 units a stale mark would equal the new unit and hide a name from it.
      Arrays.fill(lastUnit, 0);
      unit = 0;
    }
    unit++;
  }

  /**
   * Counts the names of one posting list once for the current unit: {@code queryTokens} of the
   * query (2 for a joined pair) met {@code listedTokens} of each name (2 for a list pair).
   */
  void countAll(int[] ids, int queryTokens, int listedTokens) {
    for (int id : ids) {
      if (lastUnit[id] == unit) {
        continue;
      }
      lastUnit[id] = unit;
      if (queryHits[id] == 0) {
        if (touchedSize == touched.length) {
          touched = Arrays.copyOf(touched, touchedSize * 2);
        }
        touched[touchedSize++] = id;
      }
      queryHits[id] += queryTokens;
      listedHits[id] += listedTokens;
    }
  }

  /**
   * The names whose score can reach {@code reachable}; resets the counts. The bound assumes every
   * counted token met exactly, every weak token and initial met too, and each weak token or initial
   * of one side met a normal token of the other:
   *
   * <pre>(min(query hits + list others, query normal tokens) + query other weight
   *  + min(list hits + query others, list normal tokens) + list other weight)
   *  / (query weight + list weight)</pre>
   */
  int[] drain(QueryShape query, NameShapes names, double reachable) {
    int[] kept = new int[touchedSize];
    int size = 0;
    for (int i = 0; i < touchedSize; i++) {
      int id = touched[i];
      double bound =
          (Math.min(queryHits[id] + names.otherTokens(id), query.normalTokens())
                  + query.otherWeight()
                  + Math.min(listedHits[id] + query.otherTokens(), names.normalTokens(id))
                  + names.otherWeight(id))
              / (query.weight() + names.weight(id));
      if (bound >= reachable) {
        kept[size++] = id;
      }
      queryHits[id] = 0;
      listedHits[id] = 0;
    }
    touchedSize = 0;
    return Arrays.copyOf(kept, size);
  }

  /** The query's count of normal and other tokens, the weight of the others and the total. */
  record QueryShape(int normalTokens, int otherTokens, double otherWeight, double weight) {}
}
