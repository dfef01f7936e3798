package org.sanctionsengine.bench.eval;

import java.util.List;
import java.util.Locale;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;

/**
 * The evaluation's errors, for a person to read: every name on no list that met a listed entity
 * (with the hit's explanation), and every variant whose entity was not reported as a match (with
 * the best hit it got instead, if any).
 */
final class MatchingErrors {
  private MatchingErrors() {}

  static void print(NameIndex index, List<EvalQuery> queries, double threshold) {
    falsePositives(index, queries, threshold);
    misses(index, queries, threshold);
  }

  private static void falsePositives(NameIndex index, List<EvalQuery> queries, double threshold) {
    System.out.printf(Locale.ROOT, "%nFalse positives at %.2f:%n", threshold);
    for (EvalQuery query : queries) {
      if (!query.isPositive()) {
        for (Match hit : search(index, query, threshold)) {
          System.out.printf(
              Locale.ROOT,
              "  [%s] %s -> %s %s: %s%n",
              query.category(),
              query.text(),
              hit.entity().ref().key(),
              hit.matchedName(),
              hit.breakdown().explain());
        }
      }
    }
  }

  private static void misses(NameIndex index, List<EvalQuery> queries, double threshold) {
    System.out.printf(Locale.ROOT, "%nMissed variants at %.2f:%n", threshold);
    for (EvalQuery query : queries) {
      if (query.isPositive()
          && search(index, query, threshold).stream()
              .noneMatch(hit -> hit.entity().ref().key().equals(query.expected()))) {
        List<Match> near = search(index, query, 0.0);
        System.out.printf(
            Locale.ROOT,
            "  [%s] %s (want %s): %s%n",
            query.category(),
            query.text(),
            query.expected(),
            near.isEmpty()
                ? "no candidate"
                : near.get(0).entity().ref().key()
                    + " "
                    + near.get(0).matchedName()
                    + ": "
                    + near.get(0).breakdown().explain());
      }
    }
  }

  private static List<Match> search(NameIndex index, EvalQuery query, double floor) {
    return index.search(MatchQuery.of(query.text()), Screening.MAX_HITS, floor);
  }
}
