package org.sanctionsengine.match;

import org.sanctionsengine.entity.Entity;

/**
 * A list entity that a query met.
 *
 * @param entity the listed entity
 * @param matchedName the entity's name (primary, alias, former or original-script) that met best,
 *     as the list writes it
 * @param score 0 to 1
 * @param breakdown why
 */
public record Match(Entity entity, String matchedName, double score, ScoreBreakdown breakdown) {

  /** Whether the score reaches the threshold. */
  public boolean isMatch(double threshold) {
    return score >= threshold;
  }
}
