package org.sanctionsengine.bench.eval;

import java.text.Normalizer;
import java.util.Locale;

/** The plain normalization a simple screening tool applies: lower case, no marks, letters only. */
final class PlainText {
  private PlainText() {}

  static String of(String name) {
    String folded =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^\\p{L}\\p{N}]+", " ");
    return folded.strip();
  }
}
