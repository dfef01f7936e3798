package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * A query name prepared once per search: its units (each token, then each joined pair of adjacent
 * normal tokens) as {@link TokenForm}s, with the tokens each unit covers and its weight.
 *
 * @param name the normalized query name
 * @param units the units: tokens in order, then joined pairs in order
 * @param first the position of the first token each unit covers
 * @param count how many tokens each unit covers: 1, or 2 for a pair
 * @param weights each unit's weight (a pair weighs two normal tokens)
 * @param tokenCount how many tokens the query has
 * @param weight the sum of the tokens' weights
 * @param koreanName whether the name reads as a Korean personal name, whose short syllables are
 *     forgiven a typo ({@link IndexKeys#readsAsKorean})
 */
record QueryForm(
    NormalizedName name,
    TokenForm[] units,
    int[] first,
    int[] count,
    double[] weights,
    int tokenCount,
    double weight,
    boolean koreanName) {

  static QueryForm of(NormalizedName name, TokenTable table) {
    List<NameToken> tokens = name.tokens();
    int size = tokens.size() + name.joinedPairs().size();
    List<TokenForm> units = new ArrayList<>(size);
    int[] first = new int[size];
    int[] count = new int[size];
    double[] weights = new double[size];
    double weight = 0;
    for (int i = 0; i < tokens.size(); i++) {
      first[i] = i;
      count[i] = 1;
      weights[i] = NameScorer.weight(tokens.get(i).kind());
      weight += weights[i];
      units.add(table.query(tokens.get(i)));
    }
    int pair = 0;
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).kind() == TokenKind.NORMAL
          && tokens.get(i + 1).kind() == TokenKind.NORMAL) {
        int unit = tokens.size() + pair;
        first[unit] = i;
        count[unit] = 2;
        weights[unit] = 2 * NameScorer.NORMAL_WEIGHT;
        units.add(table.query(name.joinedPairs().get(pair++)));
      }
    }
    boolean koreanName = IndexKeys.readsAsKorean(name);
    if (!koreanName) {
      // A typo in a short syllable is forgiven only inside a Korean name (Kim Jon Un), never
      // because the words of another name happen to read as Korean syllables (Ali Saleh).
      units.replaceAll(TokenForm::notKoreanSyllable);
    }
    return new QueryForm(
        name,
        units.toArray(TokenForm[]::new),
        first,
        count,
        weights,
        tokens.size(),
        weight,
        koreanName);
  }

  int size() {
    return units.length;
  }
}
