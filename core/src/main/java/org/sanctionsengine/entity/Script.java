package org.sanctionsengine.entity;

/**
 * The writing system a name is written in, as far as matching cares: Latin, Hangul, Han (Chinese
 * characters), Kana, Cyrillic, Arabic, Greek, Hebrew, anything else, or no letters at all.
 */
public enum Script {
  LATIN,
  HANGUL,
  HAN,
  KANA,
  CYRILLIC,
  ARABIC,
  GREEK,
  HEBREW,
  OTHER,
  NONE;

  /** The script most letters of the text are written in ({@link #NONE} when it has none). */
  public static Script of(String text) {
    int[] counts = new int[values().length];
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetter(codePoint)) {
        counts[ofLetter(codePoint).ordinal()]++;
      }
    }
    Script best = NONE;
    int bestCount = 0;
    for (Script script : values()) {
      if (counts[script.ordinal()] > bestCount) {
        best = script;
        bestCount = counts[script.ordinal()];
      }
    }
    return best;
  }

  private static Script ofLetter(int codePoint) {
    return switch (Character.UnicodeScript.of(codePoint)) {
      case LATIN -> LATIN;
      case HANGUL -> HANGUL;
      case HAN -> HAN;
      case HIRAGANA, KATAKANA -> KANA;
      case CYRILLIC -> CYRILLIC;
      case ARABIC -> ARABIC;
      case GREEK -> GREEK;
      case HEBREW -> HEBREW;
      default -> OTHER;
    };
  }
}
