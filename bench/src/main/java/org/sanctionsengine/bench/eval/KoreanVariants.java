package org.sanctionsengine.bench.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctionsengine.names.HangulRomanizer;
import org.sanctionsengine.names.KoreanRomanization;

/**
 * Writes a Korean name given in the DPRK's spelling ("KIM JONG UN") in Hangul or in another
 * romanization, through a reverse table from DPRK syllables to Hangul (the first syllable in
 * code-point order that the DPRK writes so).
 */
final class KoreanVariants {
  private final Map<String, Integer> hangulOf = new HashMap<>();

  KoreanVariants() {
    for (int c = 0xAC00; c <= 0xD7A3; c++) {
      hangulOf.putIfAbsent(HangulRomanizer.syllable(c, KoreanRomanization.DPRK), c);
    }
  }

  /** The name's tokens as Hangul syllables, when every token is one DPRK syllable. */
  Optional<List<Integer>> hangul(String name) {
    String[] tokens = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim().split(" +");
    List<Integer> syllables = new java.util.ArrayList<>();
    for (String token : tokens) {
      Integer syllable = hangulOf.get(token);
      if (syllable == null) {
        return Optional.empty();
      }
      syllables.add(syllable);
    }
    return syllables.size() >= 2 ? Optional.of(syllables) : Optional.empty();
  }

  /** Hangul: surname and given name written as one word, as Koreans write them (김정은). */
  static String inHangul(List<Integer> syllables) {
    StringBuilder out = new StringBuilder();
    syllables.forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Surname, space, given name syllables joined by {@code separator}: "Gim Jeong-eun". */
  static String romanized(List<Integer> syllables, KoreanRomanization system, String separator) {
    StringBuilder out =
        new StringBuilder(capitalized(HangulRomanizer.syllable(syllables.get(0), system)));
    out.append(' ');
    for (int i = 1; i < syllables.size(); i++) {
      String syllable = HangulRomanizer.syllable(syllables.get(i), system);
      out.append(
          i == 1 ? capitalized(syllable) : separator.isEmpty() ? syllable : separator + syllable);
    }
    return out.toString();
  }

  private static String capitalized(String syllable) {
    return syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1);
  }
}
