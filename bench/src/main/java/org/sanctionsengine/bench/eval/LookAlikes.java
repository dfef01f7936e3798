package org.sanctionsengine.bench.eval;

import com.ibm.icu.text.SpoofChecker;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cyrillic and Greek letters that look like Latin ones, taken from Unicode's confusables data (UTS
 * #39, {@code confusables.txt}) as ICU4J ships it: a letter is a look-alike of a Latin letter when
 * {@link SpoofChecker#getSkeleton} gives both the same skeleton (Cyrillic а, е, о, с, р, х, у, і,
 * Н, К, М, Т, В …; Greek Α, Β, Ε, Η, Ι, Κ, Μ, Ν, Ο, Ρ, Τ, Χ, ο, ν …). Full-width and mathematical
 * bold letters are fixed offsets from ASCII.
 */
final class LookAlikes {
  private final Map<Character, List<String>> cyrillic;
  private final Map<Character, List<String>> greek;

  private LookAlikes(Map<Character, List<String>> cyrillic, Map<Character, List<String>> greek) {
    this.cyrillic = cyrillic;
    this.greek = greek;
  }

  /** The tables, derived from ICU's confusables data. */
  static LookAlikes fromUnicodeData() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    return new LookAlikes(
        table(checker, UnicodeScript.CYRILLIC, 0x0400, 0x04FF),
        table(checker, UnicodeScript.GREEK, 0x0370, 0x03FF));
  }

  private static Map<Character, List<String>> table(
      SpoofChecker checker, UnicodeScript script, int from, int to) {
    Map<Character, List<String>> table = new TreeMap<>();
    for (char latin = 'A'; latin <= 'z'; latin++) {
      if (!Character.isLetter(latin)) {
        continue;
      }
      String skeleton = checker.getSkeleton(String.valueOf(latin));
      List<String> alikes = new ArrayList<>();
      for (int codePoint = from; codePoint <= to; codePoint++) {
        if (Character.isLetter(codePoint)
            && UnicodeScript.of(codePoint) == script
            && checker.getSkeleton(Character.toString(codePoint)).equals(skeleton)) {
          alikes.add(Character.toString(codePoint));
        }
      }
      if (!alikes.isEmpty()) {
        table.put(latin, List.copyOf(alikes));
      }
    }
    return table;
  }

  Map<Character, List<String>> cyrillic() {
    return cyrillic;
  }

  Map<Character, List<String>> greek() {
    return greek;
  }

  /** The full-width form of an ASCII letter (U+FF21 Ａ …), the letter itself otherwise. */
  static String fullWidth(char c) {
    return isAsciiLetter(c) ? Character.toString(c - 0x21 + 0xFF01) : String.valueOf(c);
  }

  /** The mathematical bold form of an ASCII letter (U+1D400 𝐀 …), the letter itself otherwise. */
  static String mathematicalBold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return Character.toString(0x1D400 + c - 'A');
    }
    return c >= 'a' && c <= 'z' ? Character.toString(0x1D41A + c - 'a') : String.valueOf(c);
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
