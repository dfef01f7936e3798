package org.sanctionsengine.server.recon;

import java.util.List;
import java.util.Map;

/**
 * One query of a reconciliation batch, checked against the spec's schema.
 *
 * @param key the query's key in the batch ({@code q0})
 * @param query the name to match, may be empty when properties are given
 * @param types the type ids asked for (ours: person, organization, vessel, aircraft; others are
 *     ignored)
 * @param limit the most candidates to return
 * @param properties property id to the values given for it (strings; entity values by id)
 */
public record ReconciliationQuery(
    String key, String query, List<String> types, int limit, Map<String, List<String>> properties) {
  public ReconciliationQuery {
    types = List.copyOf(types);
    properties = Map.copyOf(properties);
  }

  /** The first value given for a property, or empty. */
  public String property(String pid) {
    List<String> values = properties.get(pid);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }
}
