package org.sanctionsengine.bench.eval;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Unicode script most letters of a text are written in, finer than the engine's own {@code
 * Script} (which folds Greek, Georgian, Thai … into "other"), for the per-script tables.
 */
final class Scripts {
  private Scripts() {}

  /** "latin", "cyrillic", "greek", "han" …, or "none" when the text has no letters. */
  static String of(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    text.codePoints()
        .filter(Character::isLetter)
        .forEach(cp -> counts.merge(UnicodeScript.of(cp), 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(entry -> entry.getKey().name().toLowerCase(Locale.ROOT))
        .map(script -> script.equals("hiragana") || script.equals("katakana") ? "kana" : script)
        .orElse("none");
  }
}
