package org.sanctionsengine.match;

import org.sanctionsengine.names.TokenKind;

/**
 * A token (or two adjacent tokens joined) prepared for fast comparison: its text as an interned id
 * as well, its romanization keys as sorted interned ids, and the set of its letters, so that {@link
 * TokenSimilarity} compares integers instead of strings and sets. List tokens are prepared once
 * when the index is built ({@link TokenTable}); a query's tokens once per search.
 *
 * @param text the normalized text
 * @param textId the text's id in the index, or {@link TokenTable#UNKNOWN} when no list token has it
 * @param commonWord for a query token, whether its text is a word of at least {@value
 *     TokenTable#COMMON_WORD_NAMES} list names: a name in use, not a misspelling; false for list
 *     tokens
 * @param kind normal, weak or initial (a joined pair is normal)
 * @param arabic whether the token was written in Arabic script
 * @param koreanKeys ids of its Korean phonetic keys ({@code ko:}), ascending
 * @param arabicKeys ids of its Arabic consonant skeletons ({@code ar:}, two consonants or more),
 *     ascending
 * @param consonants one bit per consonant of its skeletons ({@code ar:} keys), in any order: Ahmed
 *     and Ahmad have the same, Abdul and Adbul too, Qasim and Qasir not
 * @param letters one bit per letter or digit the text holds (a–z, 0–9)
 * @param keyBits one bit per Korean and Arabic key id modulo 64: two tokens whose bits are disjoint
 *     share no key, which settles most comparisons without looking at the keys
 * @param koreanSyllable whether the token is a short Korean syllable (a normal token of at most
 *     {@value #SYLLABLE_LETTERS} letters that reads as Korean): for a query token, only in a name
 *     whose normal tokens all read as Korean ({@link QueryForm#of})
 */
record TokenForm(
    String text,
    int textId,
    boolean commonWord,
    TokenKind kind,
    boolean arabic,
    int[] koreanKeys,
    int[] arabicKeys,
    long consonants,
    long letters,
    long keyBits,
    boolean koreanSyllable) {

  /** The longest Korean syllable in Latin letters that a typo may be forgiven in ("chong"). */
  static final int SYLLABLE_LETTERS = 5;

  /** This token, not read as a Korean syllable. */
  TokenForm notKoreanSyllable() {
    return !koreanSyllable
        ? this
        : new TokenForm(
            text,
            textId,
            commonWord,
            kind,
            arabic,
            koreanKeys,
            arabicKeys,
            consonants,
            letters,
            keyBits,
            false);
  }

  /** Whether the two tokens share a Korean key. */
  boolean sharesKoreanKey(TokenForm other) {
    return (keyBits & other.keyBits) != 0 && intersect(koreanKeys, other.koreanKeys);
  }

  /** Whether the two tokens share an Arabic consonant skeleton. */
  boolean sharesArabicSkeleton(TokenForm other) {
    return (keyBits & other.keyBits) != 0 && intersect(arabicKeys, other.arabicKeys);
  }

  /**
   * Whether the two tokens have the same consonants, as sounds (Qasim / Kasim) or as letters (Mahdi
   * / Madhi, whose "dh" the skeleton reads as one sound), in any order and number (Ahmed / Ahmad,
   * Abdul / Adbul, Saleh / Salleh).
   */
  boolean hasTheConsonantsOf(TokenForm other) {
    return consonants == other.consonants
        || (letters & CONSONANT_LETTERS) == (other.letters & CONSONANT_LETTERS);
  }

  /** The letters other than a, e, i, o, u, w and y. */
  private static final long CONSONANT_LETTERS = ~letters("aeiouwy") & ((1L << 26) - 1);

  /** The consonants of a skeleton key ("ar:mhmd"), one bit each. */
  static long consonants(String skeleton) {
    long bits = 0;
    for (int i = "ar:".length(); i < skeleton.length(); i++) {
      char c = skeleton.charAt(i);
      int bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36 + c % 27;
      bits |= 1L << bit;
    }
    return bits;
  }

  static long letters(String text) {
    long bits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        bits |= 1L << (c - 'a');
      } else if (c >= '0' && c <= '9') {
        bits |= 1L << (26 + c - '0');
      } else {
        bits |= 1L << 36;
      }
    }
    return bits;
  }

  static long keyBits(int[] koreanKeys, int[] arabicKeys) {
    long bits = 0;
    for (int key : koreanKeys) {
      bits |= 1L << key;
    }
    for (int key : arabicKeys) {
      bits |= 1L << key;
    }
    return bits;
  }

  private static boolean intersect(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        return true;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return false;
  }
}
