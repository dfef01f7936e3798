package org.sanctionsengine.match;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.entity.Script;
import org.sanctionsengine.names.NormalizedName;

/**
 * A name written wholly in Hangul or wholly in Chinese characters, kept in that script, so that two
 * such names are compared as written before their romanizations are.
 *
 * <p>Romanization keys are for crossing scripts: they let 김정은 meet "Kim Jong Un" and "Gim
 * Jeong-eun". Between two names in one script they collapse distinct names: 김종은 and 김정은 both read
 * "Kim Jong Un" in McCune–Reischauer without breves, yet differ in a syllable and are not the same
 * name. Two names in the same such script score at most their {@link #similarity}: the share of
 * syllables (characters) they have in common, in the same order.
 *
 * @param script {@link Script#HANGUL} or {@link Script#HAN}
 * @param text the name's letters in that script, without spaces or punctuation
 */
record NativeScript(Script script, String text) {
  private static final Set<Script> COMPARED = Set.of(Script.HANGUL, Script.HAN);

  /** The name in its script, or null when it is not written wholly in Hangul or Chinese. */
  static @Nullable NativeScript of(NormalizedName name) {
    if (name.scripts().size() != 1) {
      return null;
    }
    Script script = name.scripts().iterator().next();
    if (!COMPARED.contains(script)) {
      return null;
    }
    StringBuilder letters = new StringBuilder();
    name.original().codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
    return letters.isEmpty() ? null : new NativeScript(script, letters.toString());
  }

  /** Whether the two names are written in the same compared script. */
  boolean sameScriptAs(@Nullable NativeScript other) {
    return other != null && other.script == script;
  }

  /**
   * The most syllables the two names share in the same order (their longest common subsequence),
   * over the length of the longer: 1 for the same name, 2/3 for 김종은 against 김정은.
   */
  double similarity(NativeScript other) {
    int[] a = text.codePoints().toArray();
    int[] b = other.text.codePoints().toArray();
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      for (int j = 1; j <= b.length; j++) {
        current[j] =
            a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return (double) previous[b.length] / Math.max(a.length, b.length);
  }

  /** "compared in Hangul: 김종은 against 김정은, 2 of 3 syllables in common". */
  String describe(NativeScript listed) {
    int[] a = text.codePoints().toArray();
    int[] b = listed.text.codePoints().toArray();
    int longer = Math.max(a.length, b.length);
    long common = Math.round(similarity(listed) * longer);
    return "compared in "
        + (script == Script.HANGUL ? "Hangul" : "Chinese characters")
        + ": "
        + text
        + " against "
        + listed.text
        + ", "
        + common
        + " of "
        + longer
        + (script == Script.HANGUL ? " syllables" : " characters")
        + " in common";
  }
}
