package org.sanctionsengine.names;

import org.sanctionsengine.entity.Script;

/**
 * A word of a folded name, in one script, before transliteration.
 *
 * @param text the word, case-folded, apostrophes removed
 * @param script its script ({@link Script#NONE} for a word of digits)
 * @param abbreviation whether it was written as dotted letters ("s.a.", "j.s.c."); {@code text}
 *     then holds the letters without dots
 */
record Word(String text, Script script, boolean abbreviation) {
  static Word of(String text, Script script) {
    return new Word(text, script, false);
  }
}
