package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sanctionsengine.names.TokenKind;

/**
 * Scores a query against a list name. Tokens are aligned greedily, most similar pairing first, in
 * any order; a token may also meet two adjacent tokens of the other name written joined ("Jongun" /
 * "Jong Un"). The score is the weighted share of both names' tokens that met, each pairing counting
 * with its similarity:
 *
 * <pre>score = Σ similarity × (weight of query side + weight of list side) / (all query weights +
 * all list weights)</pre>
 *
 * Weights: a normal token 1, an initial 0.35, a weak token (legal form, particle) 0.2. A name meets
 * itself with 1; a missing or extra token lowers the score.
 *
 * <p>This is the hot path of a search (every candidate name is scored), measured by {@code
 * MatchingCpuTime} in {@code bench/}: it works on prepared forms ({@link QueryForm}, {@link
 * NameForm}) with a per-thread {@link Work} of primitive arrays and allocates nothing; the pairings
 * are written out as {@link TokenMatch}es only for the hits a search returns ({@link #explain}).
 */
final class NameScorer {
  static final double NORMAL_WEIGHT = 1.0;
  static final double INITIAL_WEIGHT = 0.35;
  static final double WEAK_WEIGHT = 0.2;

  /** The outcome: the score, the pairings and what stayed alone on each side. */
  record NameScore(
      double score,
      List<TokenMatch> matches,
      List<String> unmatchedQuery,
      List<String> unmatched) {}

  private NameScorer() {}

  static double weight(TokenKind kind) {
    return switch (kind) {
      case NORMAL -> NORMAL_WEIGHT;
      case INITIAL -> INITIAL_WEIGHT;
      case WEAK -> WEAK_WEIGHT;
    };
  }

  /** The name score of {@code listed} for the query. */
  static double score(QueryForm query, NameForm listed, TokenTable table, Work work) {
    work.collect(query, listed, table);
    return work.align(query, listed, table);
  }

  /** The name score with the pairings behind it, for a hit that is returned. */
  static NameScore explain(QueryForm query, NameForm listed, TokenTable table, Work work) {
    work.collect(query, listed, table);
    double score = work.align(query, listed, table);
    List<TokenMatch> matches = new ArrayList<>(work.chosen);
    for (int i = 0; i < work.chosen; i++) {
      int k = work.order[work.chosenAt[i]];
      int l = work.listedUnit[k];
      TokenSimilarity.Outcome outcome = work.outcome[k];
      matches.add(
          new TokenMatch(
              query.units()[work.queryUnit[k]].text(),
              table.form(listedId(listed, l)).text(),
              outcome.method(),
              outcome.similarity()));
    }
    List<String> unmatchedQuery = new ArrayList<>();
    for (int i = 0; i < query.tokenCount(); i++) {
      if (!work.queryUsed[i]) {
        unmatchedQuery.add(query.units()[i].text());
      }
    }
    List<String> unmatched = new ArrayList<>();
    for (int i = 0; i < listed.tokens().length; i++) {
      if (!work.listedUsed[i]) {
        unmatched.add(table.form(listed.tokens()[i]).text());
      }
    }
    return new NameScore(score, matches, unmatchedQuery, unmatched);
  }

  /** Units of a list name: its tokens, then its joined pairs. */
  private static int listedId(NameForm listed, int unit) {
    int tokens = listed.tokens().length;
    return unit < tokens ? listed.tokens()[unit] : listed.pairs()[unit - tokens];
  }

  /** The scratch space of scoring, one per thread; holds the query's {@link SimilarityMemo}. */
  static final class Work {
    final SimilarityMemo memo;
    private int[] queryUnit = new int[64];
    private int[] listedUnit = new int[64];
    private TokenSimilarity.Outcome[] outcome = new TokenSimilarity.Outcome[64];
    private double[] gain = new double[64];
    private int[] order = new int[64];
    private int[] chosenAt = new int[64];
    private boolean[] queryUsed = new boolean[16];
    private boolean[] listedUsed = new boolean[16];
    private int pairings;
    private int chosen;

    Work(int listTokens) {
      this.memo = new SimilarityMemo(listTokens);
    }

    /** Every pairing of a query unit and a list unit that meet (never two pairs). */
    private void collect(QueryForm query, NameForm listed, TokenTable table) {
      pairings = 0;
      int tokens = listed.tokens().length;
      int units = tokens + listed.pairs().length;
      for (int q = 0; q < query.size(); q++) {
        for (int l = 0; l < units; l++) {
          if (query.count()[q] == 2 && l >= tokens) {
            break;
          }
          int id = listedId(listed, l);
          if (l >= tokens && query.units()[q].kind() == TokenKind.INITIAL
              || query.count()[q] == 2 && table.form(id).kind() == TokenKind.INITIAL) {
            continue; // an initial stands for one word, never for two joined
          }
          TokenSimilarity.Outcome met = memo.outcome(query, q, id, table);
          if (met.meets()) {
            double listedWeight = l < tokens ? weight(table.form(id).kind()) : 2 * NORMAL_WEIGHT;
            add(q, l, met, met.similarity() * (query.weights()[q] + listedWeight));
          }
        }
      }
    }

    private void add(int q, int l, TokenSimilarity.Outcome met, double gained) {
      if (pairings == order.length) {
        int size = pairings * 2;
        queryUnit = Arrays.copyOf(queryUnit, size);
        listedUnit = Arrays.copyOf(listedUnit, size);
        outcome = Arrays.copyOf(outcome, size);
        gain = Arrays.copyOf(gain, size);
        order = Arrays.copyOf(order, size);
        chosenAt = Arrays.copyOf(chosenAt, size);
      }
      queryUnit[pairings] = q;
      listedUnit[pairings] = l;
      outcome[pairings] = met;
      gain[pairings] = gained;
      order[pairings] = pairings;
      pairings++;
    }

    /**
     * Takes the pairings most similar first (among equally similar ones the heavier, a joined pair,
     * first; then in the order found), each if both its sides are still free, so that an exact
     * pairing is never displaced by a heavier approximate one.
     */
    private double align(QueryForm query, NameForm listed, TokenTable table) {
      sort();
      queryUsed = cleared(queryUsed, query.tokenCount());
      listedUsed = cleared(listedUsed, listed.tokens().length);
      chosen = 0;
      boolean sharesWord = false;
      boolean hasInitial = false;
      for (int i = 0; i < pairings; i++) {
        int k = order[i];
        if (isFree(query, queryUnit[k]) && isFree(listed, listedUnit[k])) {
          use(query, queryUnit[k], true);
          use(listed, listedUnit[k], true);
          chosenAt[chosen++] = i;
          boolean initial = outcome[k].method() == MatchMethod.INITIAL;
          hasInitial |= initial;
          sharesWord |=
              !initial
                  && isWord(query.units()[queryUnit[k]])
                  && isWord(table.form(listedId(listed, listedUnit[k])));
        }
      }
      if (hasInitial && !sharesWord) {
        dropInitials(query, listed);
      }
      double gained = 0;
      for (int i = 0; i < chosen; i++) {
        gained += gain[order[chosenAt[i]]];
      }
      double total = query.weight() + listed.weight() + disagreement(query, listed, table);
      return Math.min(1.0, gained / total);
    }

    /**
     * Initials confirm a name, they do not make one: when no word meets a word, the letters that
     * met initials (Oh Ha-bin / B.O.T.H.: ha ~ h, bin ~ b) count as unmatched.
     */
    private void dropInitials(QueryForm query, NameForm listed) {
      int kept = 0;
      for (int i = 0; i < chosen; i++) {
        int k = order[chosenAt[i]];
        if (outcome[k].method() == MatchMethod.INITIAL) {
          use(query, queryUnit[k], false);
          use(listed, listedUnit[k], false);
        } else {
          chosenAt[kept++] = chosenAt[i];
        }
      }
      chosen = kept;
    }

    /** A word, as opposed to an initial, a weak word or a single letter. */
    private static boolean isWord(TokenForm token) {
      return token.kind() == TokenKind.NORMAL && token.text().length() > 1;
    }

    private boolean isFree(QueryForm query, int unit) {
      return isFree(queryUsed, query.first()[unit], query.count()[unit]);
    }

    private boolean isFree(NameForm listed, int unit) {
      int tokens = listed.tokens().length;
      return unit < tokens
          ? !listedUsed[unit]
          : isFree(listedUsed, listed.pairFirst()[unit - tokens], 2);
    }

    private void use(QueryForm query, int unit, boolean used) {
      mark(queryUsed, query.first()[unit], query.count()[unit], used);
    }

    private void use(NameForm listed, int unit, boolean used) {
      int tokens = listed.tokens().length;
      if (unit < tokens) {
        listedUsed[unit] = used;
      } else {
        mark(listedUsed, listed.pairFirst()[unit - tokens], 2, used);
      }
    }

    /**
     * What initials left unmatched weigh beyond {@link #INITIAL_WEIGHT} when both names leave
     * something unmatched. A missing middle initial costs little (J. R. Smith / John Smith); one
     * that stands where the other name has another word or initial disagrees with it and weighs as
     * a normal token (John R. Smith / John W. Smith, Jang Hyon U / Jang Hyun Bin).
     */
    private double disagreement(QueryForm query, NameForm listed, TokenTable table) {
      int queryLeft = 0;
      int queryInitials = 0;
      for (int i = 0; i < query.tokenCount(); i++) {
        if (!queryUsed[i]) {
          queryLeft++;
          queryInitials += query.units()[i].kind() == TokenKind.INITIAL ? 1 : 0;
        }
      }
      if (queryLeft == 0) {
        return 0;
      }
      int listedLeft = 0;
      int listedInitials = 0;
      for (int i = 0; i < listed.tokens().length; i++) {
        if (!listedUsed[i]) {
          listedLeft++;
          listedInitials += table.form(listed.tokens()[i]).kind() == TokenKind.INITIAL ? 1 : 0;
        }
      }
      return listedLeft == 0
          ? 0
          : (queryInitials + listedInitials) * (NORMAL_WEIGHT - INITIAL_WEIGHT);
    }

    /** Insertion sort of the few pairings: stable, and allocates nothing. */
    private void sort() {
      for (int i = 1; i < pairings; i++) {
        int k = order[i];
        int j = i - 1;
        while (j >= 0 && precedes(k, order[j])) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = k;
      }
    }

    private boolean precedes(int a, int b) {
      double similarityA = outcome[a].similarity();
      double similarityB = outcome[b].similarity();
      return similarityA > similarityB || (similarityA == similarityB && gain[a] > gain[b]);
    }

    private static boolean[] cleared(boolean[] used, int size) {
      if (used.length < size) {
        return new boolean[Math.max(size, used.length * 2)];
      }
      Arrays.fill(used, 0, size, false);
      return used;
    }

    private static boolean isFree(boolean[] used, int first, int count) {
      for (int i = first; i < first + count; i++) {
        if (used[i]) {
          return false;
        }
      }
      return true;
    }

    private static void mark(boolean[] used, int first, int count, boolean value) {
      for (int i = first; i < first + count; i++) {
        used[i] = value;
      }
    }
  }
}
