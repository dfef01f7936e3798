package org.sanctionsengine.match;

import java.util.Arrays;

/**
 * What a search needs besides the index, reused from query to query by one thread so that a search
 * allocates little: the candidate counts, the scoring scratch space with its similarity memo, and
 * the best name found so far per entity.
 */
final class SearchState {
  final CandidateCounter counter;
  final NameScorer.Work work;
  private final double[] bestScore;
  private final int[] bestName;
  private final int[] stamp;
  private int[] offered = new int[64];
  private int offeredSize;
  private int search;

  SearchState(int names, int listTokens, int entities) {
    this.counter = new CandidateCounter(names);
    this.work = new NameScorer.Work(listTokens);
    this.bestScore = new double[entities];
    this.bestName = new int[entities];
    this.stamp = new int[entities];
  }

  /** Forgets the previous search's entities. */
  void start() {
    if (search == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      search = 0;
    }
    search++;
    offeredSize = 0;
  }

  /**
   * Keeps {@code score} for the entity if it beats the entity's best so far; {@code name} is the
   * name that scored it, or {@link #NO_NAME} when an identifier alone decided.
   */
  void offer(int entity, int name, double score) {
    if (stamp[entity] != search) {
      stamp[entity] = search;
      if (offeredSize == offered.length) {
        offered = Arrays.copyOf(offered, offeredSize * 2);
      }
      offered[offeredSize++] = entity;
    } else if (score <= bestScore[entity]) {
      return;
    }
    bestScore[entity] = score;
    bestName[entity] = name;
  }

  static final int NO_NAME = -1;

  boolean isOffered(int entity) {
    return stamp[entity] == search;
  }

  /** The entities offered in this search, in the order first offered. */
  int[] offered() {
    return Arrays.copyOf(offered, offeredSize);
  }

  double bestScore(int entity) {
    return bestScore[entity];
  }

  int bestName(int entity) {
    return bestName[entity];
  }
}
