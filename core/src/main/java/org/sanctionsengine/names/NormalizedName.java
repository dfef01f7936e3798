package org.sanctionsengine.names;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.Script;

/**
 * A name ready for indexing and scoring: its tokens in the order written, with their kinds and
 * romanization keys.
 *
 * @param original the name as given
 * @param tokens the tokens, in the order of the original, titles dropped; never empty
 * @param scripts the scripts the name was written in
 * @param joinedPairs each pair of adjacent tokens written as one ("jong" + "un" → "jongun"), so
 *     that a given name written split ("Jong Un", "Jong-un") meets one written joined ("Jongun")
 * @param lookAlikes the look-alike letters folded into Latin ones, one description each ({@code "С
 *     (Cyrillic U+0421) → C"}): a name that mixes scripts to imitate another is a red flag
 */
public record NormalizedName(
    String original,
    List<NameToken> tokens,
    Set<Script> scripts,
    List<NameToken> joinedPairs,
    List<String> lookAlikes) {
  public NormalizedName {
    lookAlikes = List.copyOf(lookAlikes);
    tokens = List.copyOf(tokens);
    scripts = Set.copyOf(scripts);
    joinedPairs = List.copyOf(joinedPairs);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("A normalized name has at least one token");
    }
  }

  /** The tokens' texts joined by single spaces: "kim jong un". */
  public String text() {
    return tokens.stream().map(NameToken::text).collect(Collectors.joining(" "));
  }

  /** The tokens that are neither weak nor initials. */
  public List<NameToken> normalTokens() {
    return tokens.stream().filter(token -> token.kind() == TokenKind.NORMAL).toList();
  }
}
