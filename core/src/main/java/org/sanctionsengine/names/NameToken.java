package org.sanctionsengine.names;

import java.util.Set;
import org.sanctionsengine.entity.Script;

/**
 * One token of a normalized name.
 *
 * @param text the token in lower-case ASCII letters and digits ("kim", "jong", "co"); a Hangul
 *     syllable is written in the DPRK's spelling, a Chinese character in toneless pinyin
 * @param kind normal, weak (legal form, particle) or initial
 * @param script the script the token was written in before transliteration
 * @param readings other Latin readings of the token, besides {@code text}: the Korean reading of a
 *     Chinese character (金 → "kim", "kum"); usually empty
 * @param keys the romanization keys of {@code text} and {@code readings}: two tokens whose keys
 *     intersect are spellings of one another. {@code ko:} keys are Korean phonetic keys, {@code
 *     ar:} keys consonant skeletons for Arabic names (see {@code docs/matching.md})
 */
public record NameToken(
    String text, TokenKind kind, Script script, Set<String> readings, Set<String> keys) {
  public NameToken {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("A name token cannot be empty");
    }
    readings = Set.copyOf(readings);
    keys = Set.copyOf(keys);
  }

  /** Whether the two tokens share a romanization key. */
  public boolean sharesKeyWith(NameToken other) {
    Set<String> smaller = keys.size() <= other.keys.size() ? keys : other.keys;
    Set<String> larger = smaller == keys ? other.keys : keys;
    for (String key : smaller) {
      if (larger.contains(key)) {
        return true;
      }
    }
    return false;
  }
}
