package org.sanctionsengine.names;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Korean phonetic keys for Latin text: every spelling of a Korean syllable sequence in the DPRK's
 * system, McCune–Reischauer, Revised Romanization or the usual conventional spellings collapses to
 * the same key ("Jong", "Jeong", "Chong", "Ch'ŏng" → {@code ko:JONG}). A text gets keys only when
 * it can be read as a sequence of Korean syllables; "Smith" gets none.
 *
 * <p>The key keeps what the systems agree on and drops what they disagree on: voicing and
 * aspiration (k/g/kh, t/d/th, p/b/ph, ch/j), ŏ against o and ŭ against u, ae against e, the initial
 * r or n that South Korea drops (리/이 Ri, Lee, Yi, I). A text can be read in several ways ("jongun":
 * jong-un or jon-gun), so it gets the keys of every reading, plus a loose key in which u before n
 * or ng is read as ŏ, the way "Chung", "Sung", "Kyung" and "Hyun" write 정, 성, 경 and 현. The tables
 * are documented in {@code docs/matching.md}.
 */
final class KoreanKeys {
  static final String PREFIX = "ko:";
  private static final int MAX_LENGTH = 24;
  private static final int MAX_READINGS = 8;

  /** Onsets, longest first, with their key symbol. */
  private static final String[][] ONSETS = {
    {"tch", "J"}, {"kk", "K"}, {"kh", "K"}, {"tt", "T"}, {"th", "T"}, {"pp", "P"}, {"ph", "P"},
    {"ss", "S"}, {"sh", "S"}, {"jj", "J"}, {"ch", "J"}, {"rh", "R"}, {"g", "K"}, {"k", "K"},
    {"n", "N"}, {"d", "T"}, {"t", "T"}, {"r", "R"}, {"l", "R"}, {"m", "M"}, {"b", "P"},
    {"p", "P"}, {"s", "S"}, {"j", "J"}, {"h", "H"}, {"", ""}
  };

  /** Vowels, longest first, with their key symbol. */
  private static final String[][] VOWELS = {
    {"yeo", "YO"},
    {"you", "YO"},
    {"yoo", "YU"},
    {"yae", "YE"},
    {"wae", "WE"},
    {"weo", "WO"},
    {"eui", "UI"},
    {"ae", "E"},
    {"ya", "YA"},
    {"eo", "O"},
    {"ye", "YE"},
    {"yo", "YO"},
    {"wa", "WA"},
    {"oe", "WE"},
    {"oi", "WE"},
    {"we", "WE"},
    {"wo", "WO"},
    {"wi", "WI"},
    {"yu", "YU"},
    {"eu", "U"},
    {"ui", "UI"},
    {"oo", "U"},
    {"ou", "O"},
    {"ee", "I"},
    {"yi", "I"},
    {"a", "A"},
    {"e", "E"},
    {"o", "O"},
    {"u", "U"},
    {"i", "I"}
  };

  /** Codas in the order readings are tried: ng first, then an open syllable, then the rest. */
  private static final String[][] CODAS = {
    {"ng", "NG"}, {"", ""}, {"k", "K"}, {"n", "N"}, {"t", "T"}, {"l", "R"}, {"m", "M"}, {"p", "P"}
  };

  /** Conventional spellings that no syllable table produces, mapped to one that does. */
  private static final Map<String, String> CONVENTIONAL =
      Map.of(
          "park", "pak", "ahn", "an", "hahn", "han", "whang", "hwang", "suh", "so", "woo", "u",
          "hur", "ho", "huh", "ho", "yuh", "yo");

  private KoreanKeys() {}

  /**
   * The keys of a lower-case ASCII text, each prefixed {@value #PREFIX}; empty when the text cannot
   * be read as Korean syllables.
   */
  static Set<String> of(String latin) {
    if (latin.isEmpty() || latin.length() > MAX_LENGTH) {
      return Set.of();
    }
    String text = CONVENTIONAL.getOrDefault(latin, latin);
    List<List<Syllable>> readings = new ArrayList<>();
    read(new Reading(text, new boolean[text.length() + 1], readings), 0, new ArrayList<>());
    Set<String> keys = new LinkedHashSet<>();
    for (List<Syllable> reading : readings) {
      keys.add(PREFIX + key(reading, false));
      keys.add(PREFIX + key(reading, true));
    }
    return Set.copyOf(keys);
  }

  /** Whether the text reads as Korean syllables (and so has keys). */
  static boolean isKorean(String latin) {
    return !of(latin).isEmpty();
  }

  /** A text being read, the positions from which no reading reaches the end, and the readings. */
  private record Reading(String text, boolean[] deadEnds, List<List<Syllable>> readings) {}

  private static void read(Reading reading, int from, List<Syllable> sofar) {
    String text = reading.text();
    if (from == text.length()) {
      reading.readings().add(List.copyOf(sofar));
      return;
    }
    if (reading.deadEnds()[from]) {
      return;
    }
    int found = reading.readings().size();
    for (String[] onset : ONSETS) {
      if (!text.startsWith(onset[0], from)) {
        continue;
      }
      int afterOnset = from + onset[0].length();
      String[] vowel = longestVowel(text, afterOnset);
      if (vowel.length == 0) {
        continue;
      }
      int afterVowel = afterOnset + vowel[0].length();
      for (String[] coda : codas(text, afterVowel)) {
        if (reading.readings().size() >= MAX_READINGS) {
          return;
        }
        sofar.add(new Syllable(onset[1], vowel[1], coda[1]));
        read(reading, afterVowel + coda[0].length(), sofar);
        sofar.remove(sofar.size() - 1);
      }
    }
    reading.deadEnds()[from] = reading.readings().size() == found;
  }

  private static String[] longestVowel(String text, int from) {
    for (String[] vowel : VOWELS) {
      if (text.startsWith(vowel[0], from)) {
        return vowel;
      }
    }
    return new String[0];
  }

  private static List<String[]> codas(String text, int from) {
    List<String[]> codas = new ArrayList<>(2);
    for (String[] coda : CODAS) {
      if (text.startsWith(coda[0], from)) {
        codas.add(coda);
      }
    }
    // A final h ("Oh", "Noh", "Roh") is silent, and only at the end of the text.
    if (from == text.length() - 1 && text.charAt(from) == 'h') {
      codas.add(new String[] {"h", ""});
    }
    return codas;
  }

  private static String key(List<Syllable> reading, boolean loose) {
    StringBuilder key = new StringBuilder(reading.size() * 4);
    for (int i = 0; i < reading.size(); i++) {
      Syllable syllable = reading.get(i);
      key.append(i == 0 ? initialOnset(syllable) : syllable.onset());
      key.append(loose ? looseVowel(syllable) : syllable.vowel());
      key.append(syllable.coda());
    }
    return key.toString();
  }

  /**
   * South Korea drops a word-initial r or n before i and y (리 → 이, 녀 → 여) and turns an initial r
   * into n elsewhere (로 → 노); the DPRK writes both as they are. The key takes the South's form so
   * that Ri, Rhee, Lee, Yi and I meet.
   */
  private static String initialOnset(Syllable syllable) {
    boolean palatal = syllable.vowel().startsWith("Y") || syllable.vowel().equals("I");
    return switch (syllable.onset()) {
      case "R" -> palatal ? "" : "N";
      case "N" -> palatal ? "" : "N";
      default -> syllable.onset();
    };
  }

  private static String looseVowel(Syllable syllable) {
    boolean closed = !syllable.coda().isEmpty();
    return switch (syllable.vowel()) {
      case "U" -> closed ? "O" : "U";
      case "YU" -> closed ? "YO" : "YU";
      default -> syllable.vowel();
    };
  }

  private record Syllable(String onset, String vowel, String coda) {}
}
