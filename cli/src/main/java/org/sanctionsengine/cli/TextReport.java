package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.sanctionsengine.match.Match;

/** The human-readable report of one screened party. */
final class TextReport {
  private TextReport() {}

  static void print(String party, List<Match> hits, double threshold, PrintWriter out) {
    long matches = hits.stream().filter(hit -> hit.isMatch(threshold)).count();
    out.printf(
        Locale.ROOT,
        "%s: %s (threshold %.2f)%n",
        party,
        matches == 0 ? "no match" : matches + (matches == 1 ? " match" : " matches"),
        threshold);
    for (Match hit : hits) {
      out.printf(
          Locale.ROOT,
          "  %-6s %.2f  %s  %s%s%n",
          hit.isMatch(threshold) ? "MATCH" : "review",
          hit.score(),
          hit.entity().ref().key(),
          hit.entity().primaryName().value(),
          hit.matchedName().equals(hit.entity().primaryName().value())
              ? ""
              : "  (as \"" + hit.matchedName() + "\")");
      out.printf(Locale.ROOT, "         %s%n", hit.breakdown().explain());
    }
  }
}
