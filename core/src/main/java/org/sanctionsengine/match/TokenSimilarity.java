package org.sanctionsengine.match;

import org.sanctionsengine.names.TokenKind;

/**
 * How well two tokens meet, and how: the best of exact text, shared romanization key, initial and
 * edit distance. The similarities are the weights documented in {@code docs/matching.md}.
 */
final class TokenSimilarity {
  static final double ROMANIZATION = 0.92;
  static final double ARABIC_SKELETON = 0.85;
  static final double INITIAL = 0.9;
  static final double EDIT_FACTOR = 0.95;

  /**
   * A syllable typo in a Korean name: with the other two syllables of a three-syllable name exact,
   * the name scores (2 + 2 × 0.6) / 3 × … = 0.87, above the threshold; with two typos 0.73, shown
   * for review only.
   */
  static final double SYLLABLE_TYPO = 0.6;

  /**
   * One edit in four letters (Wang / Kang, Mary / Mark) is too weak a sign: the evaluation found it
   * behind most false positives. From five letters on, one edit is a typo worth counting.
   */
  static final double MIN_EDIT_RATIO = 0.8;

  /** The outcome of comparing two tokens; {@link #NONE} when they do not meet. */
  record Outcome(MatchMethod method, double similarity) {
    static final Outcome NONE = new Outcome(MatchMethod.EXACT, 0);
    static final Outcome EXACT = new Outcome(MatchMethod.EXACT, 1);
    static final Outcome SAME_WORD = new Outcome(MatchMethod.EQUIVALENT, 1);
    static final Outcome KOREAN = new Outcome(MatchMethod.ROMANIZATION, ROMANIZATION);
    static final Outcome ARABIC = new Outcome(MatchMethod.ROMANIZATION, ARABIC_SKELETON);
    static final Outcome AN_INITIAL = new Outcome(MatchMethod.INITIAL, INITIAL);
    static final Outcome A_SYLLABLE_TYPO = new Outcome(MatchMethod.SYLLABLE_TYPO, SYLLABLE_TYPO);

    boolean meets() {
      return similarity > 0;
    }
  }

  private TokenSimilarity() {}

  static Outcome of(TokenForm query, TokenForm listed) {
    if (query.textId() == listed.textId() && query.textId() != TokenTable.UNKNOWN) {
      return Outcome.EXACT;
    }
    if (query.isEquivalentOf(listed)) {
      return Outcome.SAME_WORD;
    }
    if (query.sharesKoreanKey(listed)) {
      // Before initials: a one-letter Korean syllable ("O", 오) meets its other spellings ("Oh").
      return Outcome.KOREAN;
    }
    if (query.kind() == TokenKind.INITIAL || listed.kind() == TokenKind.INITIAL) {
      return initial(query.text(), listed.text());
    }
    if ((query.arabic() || listed.arabic()) && query.sharesArabicSkeleton(listed)) {
      return Outcome.ARABIC;
    }
    Outcome edit = editDistance(query, listed);
    if (!edit.meets() && query.koreanSyllable() && listed.koreanSyllable()) {
      return syllableTypo(query, listed);
    }
    return edit;
  }

  /**
   * One letter wrong, doubled or dropped in a short Korean syllable (Jon / Jong, Hai / Hae, Cho /
   * Chol): {@link #SYLLABLE_TYPO}. Too short for {@link #editDistance}, whose one edit in four
   * letters is too weak a sign in names at large; inside a Korean name whose other syllables agree
   * it is the commonest typo there is.
   */
  private static Outcome syllableTypo(TokenForm query, TokenForm listed) {
    String a = query.text();
    String b = listed.text();
    // One edit changes the length by one at most and brings or takes at most one letter: two
    // cheap tests that settle most pairs of a Korean name's syllables before the distance does.
    if (Math.min(a.length(), b.length()) < 2
        || Math.abs(a.length() - b.length()) > 1
        || Long.bitCount(query.letters() & ~listed.letters()) > 1
        || Long.bitCount(listed.letters() & ~query.letters()) > 1
        || Levenshtein.distance(a, b, 1) != 1) {
      return Outcome.NONE;
    }
    return Outcome.A_SYLLABLE_TYPO;
  }

  private static Outcome initial(String a, String b) {
    boolean meets = (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    return meets ? Outcome.AN_INITIAL : Outcome.NONE;
  }

  /**
   * At most one edit up to five letters, two beyond, and a ratio of at least {@link
   * #MIN_EDIT_RATIO}. Cheap lower bounds of the distance (the difference in length, the letters one
   * token has and the other lacks) reject most pairs before the distance is computed.
   */
  private static Outcome editDistance(TokenForm query, TokenForm listed) {
    String a = query.text();
    String b = listed.text();
    int longer = Math.max(a.length(), b.length());
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 3) {
      return Outcome.NONE;
    }
    int allowed = longer <= 5 ? 1 : 2;
    while (allowed > 0 && ratio(allowed, longer) < MIN_EDIT_RATIO) {
      allowed--;
    }
    int atLeast =
        Math.max(
            Math.max(1, longer - shorter),
            Math.max(
                Long.bitCount(query.letters() & ~listed.letters()),
                Long.bitCount(listed.letters() & ~query.letters())));
    if (atLeast > allowed) {
      return Outcome.NONE;
    }
    int distance = Levenshtein.distance(a, b, allowed);
    if (distance > allowed || query.commonWord() && !query.hasTheConsonantsOf(listed)) {
      // The second test: the query's word is a name in use on the lists, and one has a consonant
      // the other lacks: two names (Qasim / Qasir, Saleh / Salem), not a typo of one. A spelling
      // that differs in vowels, doubling or the order of letters still meets (Ahmed / Ahmad,
      // Mahdi / Madhi), and so does a word the lists use once or twice: it may be their own typo
      // (Adbul, Iiyas).
      return Outcome.NONE;
    }
    return new Outcome(MatchMethod.EDIT_DISTANCE, ratio(distance, longer) * EDIT_FACTOR);
  }

  private static double ratio(int edits, int length) {
    return 1.0 - (double) edits / length;
  }
}
