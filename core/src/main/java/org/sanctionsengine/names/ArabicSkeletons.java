package org.sanctionsengine.names;

/**
 * Consonant skeletons for names of Arabic origin. Arabic script usually leaves short vowels
 * unwritten (محمد is "mhmd"), and Latin spellings of one Arabic name differ mostly in their vowels
 * and doubled letters (Muhammad, Mohammed, Mohamad). The skeleton keeps the consonants, merges the
 * letters that spellings confuse (q/k/g/c, dh/d, th/t, ph/f) and drops vowels, w, y and doubled
 * letters: Muhammad, Mohammed and محمد all give {@code ar:mhmd}; Qadhafi, Gaddafi and القذافي give
 * {@code ar:kdf}.
 *
 * <p>Skeletons are loose: the matcher uses them only between a token written in Arabic or Hebrew
 * script (which leaves vowels unwritten too: מוחמד is "mwhmd") and a Latin one, never between two
 * Latin tokens.
 */
final class ArabicSkeletons {
  static final String PREFIX = "ar:";

  private ArabicSkeletons() {}

  /** The skeleton key of a lower-case ASCII token; empty when it has no consonant. */
  static String of(String latin) {
    StringBuilder skeleton = new StringBuilder(latin.length());
    char previous = 0;
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      char symbol;
      if (i + 1 < latin.length() && latin.charAt(i + 1) == 'h' && DIGRAPHS.indexOf(c) >= 0) {
        symbol = DIGRAPH_SYMBOLS.charAt(DIGRAPHS.indexOf(c));
        i++;
      } else {
        symbol = single(c);
      }
      if (symbol != 0 && symbol != previous) {
        skeleton.append(symbol);
      }
      if (symbol != 0) {
        previous = symbol;
      }
    }
    return skeleton.isEmpty() ? "" : PREFIX + skeleton;
  }

  /** kh, gh, sh, th, dh, ph. */
  private static final String DIGRAPHS = "kgstdp";

  private static final String DIGRAPH_SYMBOLS = "xk$tdf";

  private static char single(char c) {
    return switch (c) {
      case 'a', 'e', 'i', 'o', 'u', 'y', 'w' -> 0;
      case 'q', 'k', 'c', 'g' -> 'k';
      // Arabic has no p or v; Hebrew writes p and f, b and v with one letter each (פ, ב).
      case 'v', 'p' -> 'f';
      default -> Character.isLetterOrDigit(c) ? c : 0;
    };
  }
}
