package org.sanctionsengine.match;

import java.util.List;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * A list name prepared for scoring: the ids ({@link TokenTable}) of its tokens in order and of its
 * joined pairs, the first token each pair covers, and the total weight of its tokens.
 *
 * @param tokens token ids, in the order of the name
 * @param pairs ids of the joined pairs of adjacent normal tokens, in order
 * @param pairFirst for each pair, the position of its first token
 * @param weight the sum of the tokens' weights ({@link NameScorer#weight})
 */
record NameForm(int[] tokens, int[] pairs, int[] pairFirst, double weight) {

  static NameForm of(NormalizedName name, TokenTable.Builder table) {
    List<NameToken> tokens = name.tokens();
    int[] tokenIds = new int[tokens.size()];
    int[] pairIds = new int[name.joinedPairs().size()];
    int[] pairFirst = new int[pairIds.length];
    double weight = 0;
    int pair = 0;
    for (int i = 0; i < tokens.size(); i++) {
      tokenIds[i] = table.add(tokens.get(i));
      weight += NameScorer.weight(tokens.get(i).kind());
      if (i + 1 < tokens.size()
          && tokens.get(i).kind() == TokenKind.NORMAL
          && tokens.get(i + 1).kind() == TokenKind.NORMAL) {
        pairFirst[pair] = i;
        pairIds[pair] = table.add(name.joinedPairs().get(pair));
        pair++;
      }
    }
    table.countName(tokenIds);
    return new NameForm(tokenIds, pairIds, pairFirst, weight);
  }
}
