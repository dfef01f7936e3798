package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a hit scored what it scored: which query tokens met which list tokens and how, what was left
 * unmatched on either side, the name score that follows, and what the evidence beyond the name
 * added or took away.
 *
 * @param tokenMatches the tokens that met, best first
 * @param unmatchedQuery query tokens that met nothing
 * @param unmatchedListed list tokens that met nothing
 * @param nameScore the score of the names alone, 0 to 1
 * @param evidence identifiers, birth dates and nationalities compared
 * @param score the final score, 0 to 1
 * @param lookAlikes look-alike letters of other scripts folded in the query before matching (a red
 *     flag: the name imitates Latin letters), one description each
 */
public record ScoreBreakdown(
    List<TokenMatch> tokenMatches,
    List<String> unmatchedQuery,
    List<String> unmatchedListed,
    double nameScore,
    List<Evidence> evidence,
    double score,
    List<String> notes) {
  public ScoreBreakdown {
    notes = List.copyOf(notes);
    tokenMatches = List.copyOf(tokenMatches);
    unmatchedQuery = List.copyOf(unmatchedQuery);
    unmatchedListed = List.copyOf(unmatchedListed);
    evidence = List.copyOf(evidence);
  }

  /** A breakdown without notes. */
  public ScoreBreakdown(
      List<TokenMatch> tokenMatches,
      List<String> unmatchedQuery,
      List<String> unmatchedListed,
      double nameScore,
      List<Evidence> evidence,
      double score) {
    this(tokenMatches, unmatchedQuery, unmatchedListed, nameScore, evidence, score, List.of());
  }

  /**
   * One line for people: {@code name 0.97: kim = kim (exact), jong ~ jeong (romanization variant
   * 0.92); not in query: un; birth date +0.05 (...); score 1.00}.
   */
  public String explain() {
    List<String> parts = new ArrayList<>();
    for (TokenMatch match : tokenMatches) {
      parts.add(
          match.method() == MatchMethod.EXACT
              ? match.query() + " = " + match.listed() + " (exact)"
              : String.format(
                  Locale.ROOT,
                  "%s ~ %s (%s %.2f)",
                  match.query(),
                  match.listed(),
                  match.method().label(),
                  match.similarity()));
    }
    StringBuilder text =
        new StringBuilder(String.format(Locale.ROOT, "name %.2f: ", nameScore))
            .append(parts.isEmpty() ? "no token met" : String.join(", ", parts));
    if (!unmatchedQuery.isEmpty()) {
      text.append("; not on the list: ").append(String.join(" ", unmatchedQuery));
    }
    if (!unmatchedListed.isEmpty()) {
      text.append("; not in the query: ").append(String.join(" ", unmatchedListed));
    }
    for (Evidence item : evidence) {
      text.append(
          String.format(
              Locale.ROOT,
              "; %s %s (%s)",
              item.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
              item.kind() == Evidence.Kind.IDENTIFIER
                  ? "decides"
                  : String.format(Locale.ROOT, "%+.2f", item.effect()),
              item.description()));
    }
    for (String note : notes) {
      text.append("; ").append(note);
    }
    return text.append(String.format(Locale.ROOT, "; score %.2f", score)).toString();
  }
}
