package org.sanctionsengine.bench.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A name reduced the way any screener would, independently of the matcher under test: compatibility
 * forms and case folded, accents dropped, every run of non-letters a space. Used to decide which
 * held-out names are trivial copies of another name of their entity.
 */
final class PlainWords {
  private PlainWords() {}

  /** "Al-Qaida, Jāmiʿ" → "al qaida jami". */
  static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /**
   * The name as a screening query: a few list names hold a line break or tab (an export artefact),
   * which the engine rightly refuses in a query; they are screened with a space instead.
   */
  static String asQuery(String name) {
    return name.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  /** The words of {@link #of} in alphabetical order: token order does not make a new name. */
  static String sorted(String name) {
    String[] words = of(name).split(" ");
    Arrays.sort(words);
    return String.join(" ", words);
  }
}
