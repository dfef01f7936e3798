package org.sanctionsengine.match;

import org.sanctionsengine.entity.Script;
import org.sanctionsengine.names.NameToken;
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
   * One edit in four letters (Wang / Kang, Mary / Mark) is too weak a sign: the evaluation found it
   * behind most false positives. From five letters on, one edit is a typo worth counting.
   */
  static final double MIN_EDIT_RATIO = 0.8;

  /** The outcome of comparing two tokens; {@link #NONE} when they do not meet. */
  record Outcome(MatchMethod method, double similarity) {
    static final Outcome NONE = new Outcome(MatchMethod.EXACT, 0);
    static final Outcome EXACT = new Outcome(MatchMethod.EXACT, 1);

    boolean meets() {
      return similarity > 0;
    }
  }

  private TokenSimilarity() {}

  static Outcome of(NameToken query, NameToken listed) {
    String a = query.text();
    String b = listed.text();
    if (a.equals(b)) {
      return Outcome.EXACT;
    }
    if (sharesKey(query, listed)) {
      // Before initials: a one-letter Korean syllable ("O", 오) meets its other spellings ("Oh").
      return new Outcome(MatchMethod.ROMANIZATION, ROMANIZATION);
    }
    if (query.kind() == TokenKind.INITIAL || listed.kind() == TokenKind.INITIAL) {
      return initial(a, b);
    }
    if ((query.script() == Script.ARABIC || listed.script() == Script.ARABIC)
        && sharesArabicSkeleton(query, listed)) {
      return new Outcome(MatchMethod.ROMANIZATION, ARABIC_SKELETON);
    }
    return editDistance(a, b);
  }

  private static Outcome initial(String a, String b) {
    boolean meets = (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    return meets ? new Outcome(MatchMethod.INITIAL, INITIAL) : Outcome.NONE;
  }

  private static boolean sharesKey(NameToken query, NameToken listed) {
    for (String key : query.keys()) {
      if (key.startsWith("ko:") && listed.keys().contains(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharesArabicSkeleton(NameToken query, NameToken listed) {
    for (String key : query.keys()) {
      if (key.startsWith("ar:") && key.length() > 4 && listed.keys().contains(key)) {
        return true;
      }
    }
    return false;
  }

  private static Outcome editDistance(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    int shorter = Math.min(a.length(), b.length());
    if (shorter < 3) {
      return Outcome.NONE;
    }
    int allowed = longer <= 5 ? 1 : 2;
    int distance = Levenshtein.distance(a, b, allowed);
    if (distance > allowed) {
      return Outcome.NONE;
    }
    double ratio = 1.0 - (double) distance / longer;
    return ratio < MIN_EDIT_RATIO
        ? Outcome.NONE
        : new Outcome(MatchMethod.EDIT_DISTANCE, ratio * EDIT_FACTOR);
  }
}
