package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * Scores two normalized names. Tokens are aligned greedily, most similar pairing first, in any
 * order; a token may also meet two adjacent tokens of the other name written joined ("Jongun" /
 * "Jong Un"). The score is the weighted share of both names' tokens that met, each pairing counting
 * with its similarity:
 *
 * <pre>score = Σ similarity × (weight of query side + weight of list side) / (all query weights +
 * all list weights)</pre>
 *
 * Weights: a normal token 1, an initial 0.35, a weak token (legal form, particle) 0.2. A name meets
 * itself with 1; a missing or extra token lowers the score.
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

  /** A token, or two adjacent tokens joined. */
  private record Unit(NameToken token, int first, int count, double weight) {}

  private record Pairing(Unit query, Unit listed, TokenSimilarity.Outcome outcome, double gain) {}

  private NameScorer() {}

  static NameScore score(NormalizedName query, NormalizedName listed) {
    List<Unit> queryUnits = units(query);
    List<Unit> listedUnits = units(listed);
    List<Pairing> pairings = new ArrayList<>();
    for (Unit q : queryUnits) {
      for (Unit l : listedUnits) {
        if (q.count() == 2 && l.count() == 2) {
          continue;
        }
        TokenSimilarity.Outcome outcome = TokenSimilarity.of(q.token(), l.token());
        if (outcome.meets()) {
          pairings.add(
              new Pairing(q, l, outcome, outcome.similarity() * (q.weight() + l.weight())));
        }
      }
    }
    // Most similar first, so that an exact pairing is never displaced by a heavier approximate one;
    // among equally similar pairings, the heavier (a joined pair) first.
    pairings.sort(
        Comparator.comparingDouble((Pairing p) -> p.outcome().similarity())
            .thenComparingDouble(Pairing::gain)
            .reversed());
    return align(query, listed, pairings);
  }

  private static NameScore align(
      NormalizedName query, NormalizedName listed, List<Pairing> pairings) {
    boolean[] queryUsed = new boolean[query.tokens().size()];
    boolean[] listedUsed = new boolean[listed.tokens().size()];
    List<TokenMatch> matches = new ArrayList<>();
    double gained = 0;
    for (Pairing pairing : pairings) {
      if (isFree(queryUsed, pairing.query()) && isFree(listedUsed, pairing.listed())) {
        use(queryUsed, pairing.query());
        use(listedUsed, pairing.listed());
        gained += pairing.gain();
        matches.add(
            new TokenMatch(
                pairing.query().token().text(),
                pairing.listed().token().text(),
                pairing.outcome().method(),
                pairing.outcome().similarity()));
      }
    }
    double total = totalWeight(query) + totalWeight(listed);
    return new NameScore(
        Math.min(1.0, gained / total),
        matches,
        unused(query, queryUsed),
        unused(listed, listedUsed));
  }

  private static List<Unit> units(NormalizedName name) {
    List<NameToken> tokens = name.tokens();
    List<Unit> units = new ArrayList<>(tokens.size() * 2);
    for (int i = 0; i < tokens.size(); i++) {
      units.add(new Unit(tokens.get(i), i, 1, weight(tokens.get(i))));
    }
    int pair = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).kind() == TokenKind.NORMAL
          && tokens.get(i + 1).kind() == TokenKind.NORMAL) {
        units.add(new Unit(name.joinedPairs().get(pair++), i, 2, 2 * NORMAL_WEIGHT));
      }
    }
    return units;
  }

  static double weight(NameToken token) {
    return switch (token.kind()) {
      case NORMAL -> NORMAL_WEIGHT;
      case INITIAL -> INITIAL_WEIGHT;
      case WEAK -> WEAK_WEIGHT;
    };
  }

  private static double totalWeight(NormalizedName name) {
    double total = 0;
    for (NameToken token : name.tokens()) {
      total += weight(token);
    }
    return total;
  }

  private static boolean isFree(boolean[] used, Unit unit) {
    for (int i = unit.first(); i < unit.first() + unit.count(); i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  private static void use(boolean[] used, Unit unit) {
    for (int i = unit.first(); i < unit.first() + unit.count(); i++) {
      used[i] = true;
    }
  }

  private static List<String> unused(NormalizedName name, boolean[] used) {
    List<String> unused = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        unused.add(name.tokens().get(i).text());
      }
    }
    return unused;
  }
}
