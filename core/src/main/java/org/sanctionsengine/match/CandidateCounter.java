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
   * query (2 for a joined pair) met {@code listedTokens} of each name (2 for a list pair). A weak
   * query token ({@code queryTokens} 0) only adds to the names already found.
   */
  void countAll(int[] ids, int queryTokens, int listedTokens) {
    for (int id : ids) {
      if (lastUnit[id] == unit) {
        continue;
      }
      boolean found = queryHits[id] != 0 || listedHits[id] != 0;
      if (queryTokens == 0 && !found) {
        continue;
      }
      lastUnit[id] = unit;
      if (!found) {
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
   * The names whose name score can reach {@code reachable}; resets the counts. The bound assumes
   * that every counted token met exactly, that every weak token and initial met too, and that the
   * tokens no key can find met a normal token of the other name: initials (J / John), on the list
   * side also weak tokens when the query's keys meet a weak word of the lists ({@link
   * QueryShape#meetsWeakWords}):
   *
   * <pre>(min(query hits + list initials [+ list weak tokens], query normal tokens)
   *    + query other weight
   *  + min(list hits + query initials, list normal tokens) + list other weight)
   *  / (query weight + list weight)</pre>
   *
   * Query hits count the query's normal tokens that found the name; list hits the name's tokens
   * found by any query token, weak ones included.
   */
  int[] drain(QueryShape query, NameShapes names, double reachable) {
    int[] kept = new int[touchedSize];
    int size = 0;
    for (int i = 0; i < touchedSize; i++) {
      int id = touched[i];
      int unfound = query.meetsWeakWords() ? names.otherTokens(id) : names.initials(id);
      double bound =
          (Math.min(queryHits[id] + unfound, query.normalTokens())
                  + query.otherWeight()
                  + Math.min(listedHits[id] + query.initials(), names.normalTokens(id))
                  + names.otherWeight(id))
              / (query.weight() + names.weight(id));
      // Less a rounding margin: the scorer sums the same weights in another order.
      if (bound >= reachable - 1e-9) {
        kept[size++] = id;
      }
      queryHits[id] = 0;
      listedHits[id] = 0;
    }
    touchedSize = 0;
    return Arrays.copyOf(kept, size);
  }

  /**
   * What the bound needs to know of the query.
   *
   * @param normalTokens how many of its tokens are normal (all of them when none is)
   * @param initials how many are initials, which are never looked up
   * @param otherWeight the weight of its weak tokens and initials (0 when no token is normal)
   * @param weight the weight of all its tokens
   * @param meetsWeakWords whether one of its looked-up keys is also a key of a weak list token, so
   *     that a normal query token may meet a legal form or particle of a list name
   */
  record QueryShape(
      int normalTokens, int initials, double otherWeight, double weight, boolean meetsWeakWords) {}
}
