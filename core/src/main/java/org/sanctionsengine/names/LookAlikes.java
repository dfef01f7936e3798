package org.sanctionsengine.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds look-alike letters of other scripts into the Latin letters they imitate, where they stand
 * in a Latin name: {@code Сhаnggwang} with a Cyrillic С and а becomes {@code Changgwang}. Mixing
 * scripts inside a name is how names are hidden from screening (Unicode Technical Standard #39,
 * "mixed-script confusables"): each such letter would otherwise split the word where the script
 * changes and be transliterated on its own, so that the name no longer meets its listed spelling.
 *
 * <p>Which letters look alike comes from Unicode's confusables data through ICU's {@link
 * SpoofChecker}: a letter of another script imitates the Latin letter that has the same skeleton
 * (Cyrillic а and Latin a), the one of the same case when the skeleton is shared by several (the
 * skeleton of Cyrillic І is that of Latin I and of l; it is read as I). Letters whose skeleton is
 * no single Latin letter (Cyrillic Ж, Ы) are left alone.
 *
 * <p>A letter is folded only where Latin is being written: in a word that also holds Latin letters,
 * or in a word wholly made of look-alikes within a name that has Latin letters elsewhere. A name
 * written wholly in Cyrillic or Greek is left to transliteration (Муаммар stays Muammar, not
 * "MyaMMap"). Mathematical letters (𝐊𝐈𝐌) are compatibility forms that NFKC makes Latin; they are
 * reported here too, since no one types them by accident. Full-width Latin (ＫＩＭ), which East Asian
 * keyboards produce, is folded by NFKC without comment.
 */
final class LookAlikes {
  /** The ranges searched for look-alikes: Greek, Cyrillic, Armenian, Cherokee and their blocks. */
  private static final int[][] RANGES = {
    {0x0370, 0x03FF}, {0x0400, 0x052F}, {0x0530, 0x058F}, {0x13A0, 0x13FF}, {0x1F00, 0x1FFF}
  };

  private static final Map<Integer, Character> LATIN_OF = table();

  private LookAlikes() {}

  /**
   * A name with its look-alike letters folded.
   *
   * @param text the name, look-alikes replaced by Latin letters
   * @param folded one description per distinct letter folded, in order: {@code "С (Cyrillic U+0421)
   *     → C"}
   */
  record Folding(String text, List<String> folded) {
    Folding {
      folded = List.copyOf(folded);
    }
  }

  /** Folds {@code name}, which must already be in NFC or NFKC form. */
  static Folding fold(String name) {
    if (isAscii(name)) {
      return new Folding(name, List.of());
    }
    boolean latinName = hasLatinLetter(name, 0, name.length());
    if (!latinName) {
      return new Folding(name, List.of());
    }
    StringBuilder out = new StringBuilder(name.length());
    List<String> folded = new ArrayList<>();
    int i = 0;
    while (i < name.length()) {
      int end = wordEnd(name, i);
      if (end == i) {
        out.appendCodePoint(name.codePointAt(i));
        i += Character.charCount(name.codePointAt(i));
        continue;
      }
      boolean fold = hasLatinLetter(name, i, end) || allLookAlikes(name, i, end);
      for (int j = i; j < end; ) {
        int codePoint = name.codePointAt(j);
        j += Character.charCount(codePoint);
        Character latin = fold ? LATIN_OF.get(codePoint) : null;
        if (latin != null) {
          out.append(latin.charValue());
          String description = describe(codePoint, String.valueOf(latin));
          if (!folded.contains(description)) {
            folded.add(description);
          }
        } else {
          out.appendCodePoint(codePoint);
        }
      }
      i = end;
    }
    return new Folding(out.toString(), folded);
  }

  /** Descriptions of the mathematical letters in {@code name}, which NFKC will make Latin. */
  static List<String> mathematicalLetters(String name) {
    List<String> found = new ArrayList<>();
    name.codePoints()
        .filter(c -> c >= 0x1D400 && c <= 0x1D7FF && Character.isLetter(c))
        .distinct()
        .forEach(c -> found.add(describe(c, Normalizer2.getNFKCInstance().normalize(of(c)))));
    return found;
  }

  private static String describe(int codePoint, String latin) {
    return of(codePoint)
        + " ("
        + scriptName(codePoint)
        + " U+"
        + String.format("%04X", codePoint)
        + ") → "
        + latin;
  }

  private static String scriptName(int codePoint) {
    if (codePoint >= 0x1D400 && codePoint <= 0x1D7FF) {
      return "mathematical";
    }
    String name = Character.UnicodeScript.of(codePoint).name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String of(int codePoint) {
    return new String(Character.toChars(codePoint));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The end of the run of letters and marks that starts at {@code start}. */
  private static int wordEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int type = Character.getType(codePoint);
      if (!Character.isLetter(codePoint)
          && type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK) {
        break;
      }
      i += Character.charCount(codePoint);
    }
    return i;
  }

  private static boolean hasLatinLetter(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetter(codePoint)
          && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  private static boolean allLookAlikes(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetter(codePoint) && !LATIN_OF.containsKey(codePoint)) {
        return false;
      }
      i += Character.charCount(codePoint);
    }
    return true;
  }

  /** Each letter of the searched ranges whose skeleton is that of one ASCII Latin letter. */
  private static Map<Integer, Character> table() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    Map<String, List<Character>> latinBySkeleton = new HashMap<>();
    for (char c = 'A'; c <= 'z'; c++) {
      if (Character.isLetter(c)) {
        latinBySkeleton
            .computeIfAbsent(checker.getSkeleton(String.valueOf(c)), k -> new ArrayList<>())
            .add(c);
      }
    }
    Map<Integer, Character> table = new HashMap<>();
    for (int[] range : RANGES) {
      for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
        if (!Character.isLetter(codePoint)) {
          continue;
        }
        List<Character> latin = latinBySkeleton.get(checker.getSkeleton(of(codePoint)));
        if (latin != null) {
          table.put(codePoint, sameCase(latin, Character.isUpperCase(codePoint)));
        }
      }
    }
    return Map.copyOf(table);
  }

  private static char sameCase(List<Character> candidates, boolean upper) {
    for (char c : candidates) {
      if (Character.isUpperCase(c) == upper) {
        return c;
      }
    }
    return candidates.get(0);
  }
}
