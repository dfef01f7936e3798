package org.sanctionsengine.match;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Hits as JSON for machines, the same for every face (command line, HTTP API, Spark). Field names
 * are a contract (issue 4): {@code source, sourceId, entityId, name, matchedName, score, match,
 * explanation}.
 */
public final class MatchJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MatchJson() {}

  /** The hits, best first, each with whether it reaches {@code threshold}. */
  public static ArrayNode hits(List<Match> hits, double threshold) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Match hit : hits) {
      array.add(hit(hit, threshold));
    }
    return array;
  }

  /** One hit. */
  public static ObjectNode hit(Match hit, double threshold) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("source", hit.entity().ref().source().code());
    node.put("sourceId", hit.entity().ref().sourceId());
    node.put("entityId", hit.entity().ref().key());
    node.put("name", hit.entity().primaryName().value());
    node.put("matchedName", hit.matchedName());
    node.put("score", rounded(hit.score()));
    node.put("match", hit.isMatch(threshold));
    node.put("explanation", hit.breakdown().explain());
    return node;
  }

  /** A score to four decimals, as every face shows it. */
  public static double rounded(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}
