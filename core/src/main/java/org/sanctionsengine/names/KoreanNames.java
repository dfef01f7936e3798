package org.sanctionsengine.names;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a name that reads as a Korean personal name: two to four words, each of which reads as
 * Korean syllables, one of them a Korean surname in some romanization (Kim, Ri, Lee, Pak, Park,
 * Choe, Jong, Chung …, from {@code korean-surnames.txt}). Matching forgives a typo in a short
 * syllable of such a name (Kim Jon Un), and only of such a name: "Ali Saleh" reads as Korean
 * syllables too, but has no Korean surname.
 */
public final class KoreanNames {
  private static final Set<String> SURNAME_KEYS = surnameKeys();

  private KoreanNames() {}

  /** Whether the name reads as a Korean personal name. */
  public static boolean isKoreanName(NormalizedName name) {
    List<NameToken> normal = name.normalTokens();
    if (normal.size() < 2 || normal.size() > 4) {
      return false;
    }
    boolean surname = false;
    for (NameToken token : normal) {
      boolean korean = false;
      for (String key : token.keys()) {
        if (key.startsWith(KoreanKeys.PREFIX)) {
          korean = true;
          surname |= SURNAME_KEYS.contains(key);
        }
      }
      if (!korean) {
        return false;
      }
    }
    return surname;
  }

  private static Set<String> surnameKeys() {
    Set<String> keys = new HashSet<>();
    for (String hangul : Resources.lines("korean-surnames.txt")) {
      for (KoreanRomanization system : KoreanRomanization.values()) {
        String latin =
            HangulRomanizer.romanize(hangul, system, "").toLowerCase(java.util.Locale.ROOT);
        String ascii =
            java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD)
                .replaceAll("[^a-z]", "");
        for (String key : KoreanKeys.of(ascii)) {
          if (key.startsWith(KoreanKeys.PREFIX)) {
            keys.add(key);
          }
        }
      }
    }
    return Set.copyOf(keys);
  }
}
