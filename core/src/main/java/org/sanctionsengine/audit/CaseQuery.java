package org.sanctionsengine.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.input.InvalidInputException;

/**
 * A page of the case queue: which cases, in which order, how many from where.
 *
 * @param states the states wanted (not empty)
 * @param listSource only cases on entries of this list source ({@code un}, {@code ofac-sdn}), or
 *     empty for all
 * @param minScore only cases raised at this score or above (0 for all)
 * @param openedBeforeOrNull only cases opened before this instant (an age filter), or null
 * @param sort the order
 * @param offset how many to skip
 * @param limit at most how many to return (1 to 1,000)
 */
public record CaseQuery(
    Set<CaseState> states,
    String listSource,
    double minScore,
    @Nullable Instant openedBeforeOrNull,
    Sort sort,
    int offset,
    int limit) {
  /** The largest page. */
  public static final int MAX_LIMIT = 1_000;

  /** Orders of the queue; the code is what {@code ?sort=} takes. */
  public enum Sort {
    /** Oldest first (by case id, which grows with opening time). */
    OLDEST("oldest", "id ASC"),
    NEWEST("newest", "id DESC"),
    /** Highest score first, then oldest. */
    SCORE("score", "score DESC, id ASC");

    private final String code;
    private final String sql;

    Sort(String code, String sql) {
      this.code = code;
      this.sql = sql;
    }

    public String code() {
      return code;
    }

    /** The ORDER BY clause over {@code review_case}. */
    public String sql() {
      return sql;
    }

    public static Sort parse(String code) {
      for (Sort sort : values()) {
        if (sort.code.equals(code)) {
          return sort;
        }
      }
      throw new InvalidInputException(
          "sort=" + code + ": expected oldest, newest or score (highest first).");
    }
  }

  public CaseQuery {
    states = Set.copyOf(states);
    if (states.isEmpty()) {
      throw new InvalidInputException("Give at least one case state to list.");
    }
    if (!listSource.isEmpty() && !listSource.matches("[a-z0-9-]{1,40}")) {
      throw new InvalidInputException(
          "list=" + listSource + ": expected a list source such as un or ofac-sdn.");
    }
    if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "offset="
              + offset
              + ", limit="
              + limit
              + ": expected an offset of 0 or more and a limit from 1 to "
              + MAX_LIMIT
              + ".");
    }
  }

  public Optional<Instant> openedBefore() {
    return Optional.ofNullable(openedBeforeOrNull);
  }

  /**
   * One page of cases and how many match in all.
   *
   * @param total how many cases match the query, on every page
   * @param cases this page's cases
   */
  public record Page(long total, java.util.List<Case> cases) {
    public Page {
      cases = java.util.List.copyOf(cases);
    }
  }
}
