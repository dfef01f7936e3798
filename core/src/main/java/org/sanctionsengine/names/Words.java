package org.sanctionsengine.names;

import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.entity.Script;

/**
 * Splits a folded name into words: at spaces, hyphens and every punctuation mark or symbol, and
 * where the script changes ("Kim김" is two words). Apostrophes and their look-alikes are removed
 * without splitting, because lists use them inside words: McCune–Reischauer's "Ch'oe" and "Kyo'ng",
 * "O'Brien". Dotted letters ("S.A.", "J.S.C.") are kept together as an abbreviation.
 */
final class Words {
  private static final String APOSTROPHES = "'’‘ʼʻ`´ʹʺʿʾ″′";

  private Words() {}

  static List<Word> split(String folded) {
    List<Word> words = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int codePoint = folded.codePointAt(i);
      i += Character.charCount(codePoint);
      if (APOSTROPHES.indexOf(codePoint) >= 0) {
        continue;
      }
      if (isWordPart(codePoint) || codePoint == '.') {
        chunk.appendCodePoint(codePoint);
      } else {
        addChunk(chunk, words);
      }
    }
    addChunk(chunk, words);
    return words;
  }

  private static boolean isWordPart(int codePoint) {
    return Character.isLetterOrDigit(codePoint)
        || Character.getType(codePoint) == Character.NON_SPACING_MARK
        || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK
        || Character.getType(codePoint) == Character.ENCLOSING_MARK;
  }

  private static void addChunk(StringBuilder chunk, List<Word> words) {
    if (chunk.isEmpty()) {
      return;
    }
    String text = chunk.toString();
    chunk.setLength(0);
    if (isDottedAbbreviation(text)) {
      words.add(new Word(text.replace(".", ""), Script.LATIN, true));
      return;
    }
    for (String part : text.split("\\.")) {
      splitByScript(part, words);
    }
  }

  /** Two or more single Latin letters, each followed by a dot (the last dot optional). */
  private static boolean isDottedAbbreviation(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i += 2) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
      letters++;
      if (i + 1 < text.length() && text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return letters >= 2;
  }

  private static void splitByScript(String text, List<Word> words) {
    int start = 0;
    Script current = Script.NONE;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      Script script = scriptOf(codePoint);
      if (script != Script.NONE && current != Script.NONE && script != current) {
        words.add(Word.of(text.substring(start, i), current));
        start = i;
      }
      if (script != Script.NONE) {
        current = script;
      }
      i += Character.charCount(codePoint);
    }
    if (start < text.length()) {
      words.add(Word.of(text.substring(start), current));
    }
  }

  /** The script of a letter; {@link Script#NONE} for digits and marks, which join any word. */
  static Script scriptOf(int codePoint) {
    if (!Character.isLetter(codePoint)) {
      return Script.NONE;
    }
    return switch (Character.UnicodeScript.of(codePoint)) {
      case LATIN -> Script.LATIN;
      case HANGUL -> Script.HANGUL;
      case HAN -> Script.HAN;
      case HIRAGANA, KATAKANA -> Script.KANA;
      case CYRILLIC -> Script.CYRILLIC;
      case ARABIC -> Script.ARABIC;
      case GREEK -> Script.GREEK;
      case HEBREW -> Script.HEBREW;
      case COMMON, INHERITED -> Script.NONE;
      default -> Script.OTHER;
    };
  }
}
