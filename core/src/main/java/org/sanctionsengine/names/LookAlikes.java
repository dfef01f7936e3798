package org.sanctionsengine.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds look-alike letters of other scripts into the Latin letters they imitate, where they stand
 * in a Latin name: {@code Сhаnggwang} with a Cyrillic С and а becomes {@code Changgwang}. Mixing
 * scripts inside a name is how names are hidden from screening (Unicode Technical Standard #39,
 * "mixed-script confusables"): each such letter would otherwise split the word where the script
 * changes and be transliterated on its own, so that the name no longer meets its listed spelling.
 *
 * <p>Which letters look alike comes from Unicode's confusables data through ICU's {@link
 * SpoofChecker}: a letter of another script imitates the Latin letter that has the same skeleton
 * (Cyrillic а and Latin a); when the skeleton is shared by several (that of Cyrillic І is the
 * skeleton of Latin I and of l), by the one of the case of the word it stands in. Letters whose
 * skeleton is no single Latin letter (Cyrillic Ж, Ы) are left alone.
 *
 * <p>Folding runs on the name as written (NFC), before NFKC, which would turn some look-alikes into
 * letters that look like nothing Latin (the lunate sigma ϲ into σ).
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

  /** Each look-alike and the Latin letters it may stand for ("Il" for Cyrillic І). */
  private static final Map<Integer, String> LATIN_OF = table();

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
      int wordStart = i;
      int wordEnd = end;
      // The case of the word is needed only for a look-alike of I or l, and found once.
      Boolean upper = null;
      for (int j = i; j < end; ) {
        boolean first = j == i;
        int codePoint = name.codePointAt(j);
        j += Character.charCount(codePoint);
        String candidates = fold ? LATIN_OF.get(codePoint) : null;
        if (candidates != null) {
          if (upper == null && candidates.length() > 1) {
            upper = mostlyUpperCase(name, wordStart, wordEnd);
          }
          // Names begin with a capital: "Ιruta" and "ӏgnace" are Iruta and Ignace.
          char latin = pick(candidates, first || Boolean.TRUE.equals(upper));
          out.append(latin);
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

  /**
   * The name read by its looks when it has no Latin letter but every letter of it looks like one
   * ("ЕRІС" wholly in Cyrillic, "ΚΙΜ" in Greek, or a mix of both): empty otherwise. Such a name may
   * be Cyrillic or Greek written as such ("КАТЕРИНА" is Katerina) or a Latin name disguised, so it
   * is read both ways ({@link NameNormalizer#lookAlikeReading}).
   */
  static Optional<Folding> foldWhole(String name) {
    if (isAscii(name) || hasLatinLetter(name, 0, name.length())) {
      return Optional.empty();
    }
    boolean any = false;
    boolean upper = mostlyUpperCase(name, 0, name.length());
    StringBuilder out = new StringBuilder(name.length());
    List<String> folded = new ArrayList<>();
    for (int i = 0; i < name.length(); ) {
      boolean first = i == 0 || !Character.isLetter(name.codePointBefore(i));
      int codePoint = name.codePointAt(i);
      i += Character.charCount(codePoint);
      String candidates = LATIN_OF.get(codePoint);
      if (candidates != null) {
        any = true;
        char latin = pick(candidates, upper || first);
        out.append(latin);
        String description = describe(codePoint, String.valueOf(latin));
        if (!folded.contains(description)) {
          folded.add(description);
        }
      } else if (Character.isLetter(codePoint)) {
        return Optional.empty();
      } else {
        out.appendCodePoint(codePoint);
      }
    }
    return any ? Optional.of(new Folding(out.toString(), folded)) : Optional.empty();
  }

  /** Descriptions of the mathematical letters in {@code name}, which NFKC will make Latin. */
  static List<String> mathematicalLetters(String name) {
    boolean surrogates = false;
    for (int i = 0; i < name.length() && !surrogates; i++) {
      surrogates = Character.isHighSurrogate(name.charAt(i));
    }
    if (!surrogates) {
      return List.of(); // mathematical letters lie beyond the Basic Multilingual Plane
    }
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
        + String.format(java.util.Locale.ROOT, "%04X", codePoint)
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

  /**
   * The Latin letter a look-alike stands for: of the letters it may stand for (Cyrillic І looks
   * like I and l), the one of the case of the word it stands in ("ЕRӀC" is ERIC, "RumuІi" Rumuli).
   */
  private static char pick(String candidates, boolean upperCaseWord) {
    for (int i = 0; i < candidates.length(); i++) {
      if (Character.isUpperCase(candidates.charAt(i)) == upperCaseWord) {
        return candidates.charAt(i);
      }
    }
    return candidates.charAt(0);
  }

  /**
   * Whether most cased letters between start and end are capitals, not counting the look-alikes
   * whose case is what is being decided (those that stand for I or l).
   */
  private static boolean mostlyUpperCase(String text, int start, int end) {
    int upper = 0;
    int lower = 0;
    for (int i = start; i < end; ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      String candidates = LATIN_OF.get(codePoint);
      if (candidates != null && candidates.length() > 1) {
        continue;
      }
      if (Character.isUpperCase(codePoint)) {
        upper++;
      } else if (Character.isLowerCase(codePoint)) {
        lower++;
      }
    }
    return upper > lower;
  }

  /** Each letter of the searched ranges whose skeleton is that of ASCII Latin letters. */
  private static Map<Integer, String> table() {
    SpoofChecker checker = new SpoofChecker.Builder().build();
    Map<String, List<Character>> latinBySkeleton = new HashMap<>();
    for (char c = 'A'; c <= 'z'; c++) {
      if (Character.isLetter(c)) {
        latinBySkeleton
            .computeIfAbsent(checker.getSkeleton(String.valueOf(c)), k -> new ArrayList<>())
            .add(c);
      }
    }
    Map<Integer, String> table = new HashMap<>();
    for (int[] range : RANGES) {
      for (int codePoint = range[0]; codePoint <= range[1]; codePoint++) {
        if (!Character.isLetter(codePoint)) {
          continue;
        }
        List<Character> latin = latinBySkeleton.get(checker.getSkeleton(of(codePoint)));
        if (latin != null) {
          StringBuilder letters = new StringBuilder();
          latin.forEach(letters::append);
          table.put(codePoint, letters.toString());
        }
      }
    }
    return Map.copyOf(table);
  }
}
