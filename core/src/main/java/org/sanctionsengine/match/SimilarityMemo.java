package org.sanctionsengine.match;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The similarities of one query's units with the list tokens met so far, computed once each: the
 * candidates of a query share most of their tokens ("Kim", "Trading"), so most comparisons repeat.
 * One per thread, reused from query to query without clearing: a list token's row is valid only
 * when it was stamped by the current query.
 */
final class SimilarityMemo {
  private final int[] stamp;
  private final int[] row;
  private TokenSimilarity.@Nullable Outcome[] outcomes = new TokenSimilarity.Outcome[256];
  private int query;
  private int rows;
  private int width;

  SimilarityMemo(int listTokens) {
    this.stamp = new int[listTokens];
    this.row = new int[listTokens];
  }

  /** Forgets the previous query's similarities. */
  void start(QueryForm form) {
    if (query == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      query = 0;
    }
    query++;
    rows = 0;
    width = form.size();
  }

  /** How the query's unit {@code unit} meets the list token {@code listed}. */
  TokenSimilarity.Outcome outcome(QueryForm form, int unit, int listed, TokenTable table) {
    if (stamp[listed] != query) {
      stamp[listed] = query;
      row[listed] = rows++;
      int end = rows * width;
      if (end > outcomes.length) {
        outcomes = Arrays.copyOf(outcomes, Math.max(end, outcomes.length * 2));
      }
      Arrays.fill(outcomes, end - width, end, null);
    }
    int at = row[listed] * width + unit;
    TokenSimilarity.Outcome outcome = outcomes[at];
    if (outcome == null) {
      outcome = TokenSimilarity.of(form.units()[unit], table.form(listed));
      outcomes[at] = outcome;
    }
    return outcome;
  }
}
