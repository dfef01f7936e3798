package org.sanctionsengine.names;

/**
 * Writes Hangul syllables in Latin letters, syllable by syllable, in one of the three {@link
 * KoreanRomanization} systems. Sound changes across syllables (assimilation, voicing between
 * vowels) are deliberately ignored: names on lists are written syllable by syllable ("Jong-un",
 * "Chŏng-ŭn"), and matching needs consistency more than phonetic precision.
 *
 * <p>ICU's Hangul-Latin transliterator gives "gimjeong-eun" for 김정은, a form no list uses, hence
 * these tables.
 */
public final class HangulRomanizer {
  private static final int FIRST_SYLLABLE = 0xAC00;
  private static final int LAST_SYLLABLE = 0xD7A3;
  private static final int VOWELS_TIMES_FINALS = 21 * 28;
  private static final int FINALS = 28;
  private static final int SIOT = 9;

  // Initial consonants: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ
  private static final String[] INITIAL_DPRK = {
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th",
    "ph", "h"
  };
  private static final String[] INITIAL_MR = {
    "k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch'", "k'", "t'",
    "p'", "h"
  };
  private static final String[] INITIAL_RR = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };

  // Medial vowels: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ
  private static final String[] VOWEL_DPRK = {
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "u", "ui", "i"
  };
  private static final String[] VOWEL_MR = {
    "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we",
    "wi", "yu", "ŭ", "ŭi", "i"
  };
  private static final String[] VOWEL_RR = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };

  // Final consonants, neutralised to the seven coda sounds all three systems write:
  // (none) ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  private HangulRomanizer() {}

  /** Whether the code point is a precomposed Hangul syllable (가 to 힣). */
  public static boolean isSyllable(int codePoint) {
    return codePoint >= FIRST_SYLLABLE && codePoint <= LAST_SYLLABLE;
  }

  /**
   * One syllable in the given system, lower case, e.g. 정 → "jong" (DPRK), "chŏng" (MR), "jeong"
   * (RR).
   *
   * @throws IllegalArgumentException if {@code syllable} is not a precomposed Hangul syllable
   */
  public static String syllable(int syllable, KoreanRomanization system) {
    if (!isSyllable(syllable)) {
      throw new IllegalArgumentException(
          "Not a Hangul syllable: U+" + Integer.toHexString(syllable));
    }
    int index = syllable - FIRST_SYLLABLE;
    int initial = index / VOWELS_TIMES_FINALS;
    int vowel = index % VOWELS_TIMES_FINALS / FINALS;
    int last = index % FINALS;
    return initial(initial, vowel, system) + vowel(vowel, system) + FINAL[last];
  }

  /**
   * A run of text in the given system: each syllable romanized, syllables of one word joined with
   * {@code separator} (e.g. "-" for "Jong-un", "" for "Jongun"), anything that is not a syllable
   * kept as it is.
   */
  public static String romanize(String text, KoreanRomanization system, String separator) {
    StringBuilder out = new StringBuilder(text.length() * 4);
    boolean previousWasSyllable = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      boolean isSyllable = isSyllable(codePoint);
      if (isSyllable && previousWasSyllable) {
        out.append(separator);
      }
      if (isSyllable) {
        out.append(syllable(codePoint, system));
      } else {
        out.appendCodePoint(codePoint);
      }
      previousWasSyllable = isSyllable;
    }
    return out.toString();
  }

  private static String initial(int initial, int vowel, KoreanRomanization system) {
    return switch (system) {
      case DPRK -> INITIAL_DPRK[initial];
      // McCune–Reischauer writes ㅅ as "sh" before ㅣ and ㅟ: 시 = shi, 쉬 = shwi.
      case MCCUNE_REISCHAUER ->
          initial == SIOT && (vowel == 20 || vowel == 16) ? "sh" : INITIAL_MR[initial];
      case REVISED -> INITIAL_RR[initial];
    };
  }

  private static String vowel(int vowel, KoreanRomanization system) {
    return switch (system) {
      case DPRK -> VOWEL_DPRK[vowel];
      case MCCUNE_REISCHAUER -> VOWEL_MR[vowel];
      case REVISED -> VOWEL_RR[vowel];
    };
  }
}
