package org.sanctionsengine.match;

/** Test helper: the score a search gives one listed entity. */
final class EntityScores {
  private EntityScores() {}

  /**
   * The score of the entity listed under {@code sourceId} among the hits of {@code query} from
   * {@code floor}, or 0 when it is not among them. Searching from the threshold, as screening does,
   * checks that the entity is found as a candidate, not only that it would score.
   */
  static double score(NameIndex index, String query, String sourceId, double floor) {
    return index.search(MatchQuery.of(query), 10, floor).stream()
        .filter(hit -> hit.entity().ref().sourceId().equals(sourceId))
        .mapToDouble(Match::score)
        .findFirst()
        .orElse(0);
  }
}
