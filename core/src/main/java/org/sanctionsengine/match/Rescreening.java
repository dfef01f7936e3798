package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.lists.ListDiff;
import org.sanctionsengine.names.NameNormalizer;

/**
 * Re-screening after a list update: a party is screened against only what changed between two
 * snapshots ({@link ListDiff}), not against the whole list again. The entries as they were
 * (removed, and changed ones before the change) form one small index, the entries as they are
 * (added, and changed ones after the change) another; a party's hits on each are compared entry by
 * entry.
 *
 * <p>A hit is an entry at a level, match or review ({@link Match#isMatch}). A hit on the new side
 * that the party did not have on the old side <em>appeared</em> (a new alert); a hit on the old
 * side that it no longer has <em>disappeared</em> (an alert to close). An entry whose score moved
 * within its level, or whose change did not touch what the party met, is in neither. Scoring does
 * not depend on the other entries of an index, so these are exactly the differences between
 * screening the party against the whole old and the whole new snapshot, except that each side keeps
 * at most {@link Screening#MAX_HITS} hits.
 *
 * <p>Immutable and safe to use from many threads.
 */
public final class Rescreening {
  private final NameIndex before;
  private final NameIndex after;

  /** What changed for one party. */
  public record Changes(List<Match> appeared, List<Match> disappeared) {
    public Changes {
      appeared = List.copyOf(appeared);
      disappeared = List.copyOf(disappeared);
    }

    public boolean isEmpty() {
      return appeared.isEmpty() && disappeared.isEmpty();
    }
  }

  private Rescreening(NameIndex before, NameIndex after) {
    this.before = before;
    this.after = after;
  }

  /** Against the changes of these diffs (one per list source). */
  public static Rescreening of(List<ListDiff> diffs, NameNormalizer normalizer) {
    return of(entitiesBefore(diffs), entitiesAfter(diffs), normalizer);
  }

  /**
   * Against entries as they were and as they are, e.g. {@link #entitiesBefore} and {@link
   * #entitiesAfter} shipped to another process.
   */
  public static Rescreening of(
      Collection<? extends Entity> before,
      Collection<? extends Entity> after,
      NameNormalizer normalizer) {
    return new Rescreening(NameIndex.build(before, normalizer), NameIndex.build(after, normalizer));
  }

  /** The removed entries and the changed ones as they were. */
  public static List<Entity> entitiesBefore(List<ListDiff> diffs) {
    List<Entity> entities = new ArrayList<>();
    for (ListDiff diff : diffs) {
      entities.addAll(diff.removed());
      diff.changed().forEach(change -> entities.add(change.before()));
    }
    return entities;
  }

  /** The added entries and the changed ones as they are now. */
  public static List<Entity> entitiesAfter(List<ListDiff> diffs) {
    List<Entity> entities = new ArrayList<>();
    for (ListDiff diff : diffs) {
      entities.addAll(diff.added());
      diff.changed().forEach(change -> entities.add(change.after()));
    }
    return entities;
  }

  /** How many entries each side holds: as they were, as they are. */
  public int entitiesBeforeCount() {
    return before.entityCount();
  }

  public int entitiesAfterCount() {
    return after.entityCount();
  }

  /**
   * The hits that appeared and disappeared for this party at this threshold, each best first.
   *
   * @throws org.sanctionsengine.names.InvalidNameException if the query's name cannot be normalized
   */
  public Changes screen(MatchQuery query, double threshold) {
    List<Match> old = Screening.hits(before, query, threshold);
    List<Match> now = Screening.hits(after, query, threshold);
    return new Changes(
        missingFrom(now, levels(old, threshold), threshold),
        missingFrom(old, levels(now, threshold), threshold));
  }

  private static List<Match> missingFrom(List<Match> hits, Set<String> others, double threshold) {
    return hits.stream().filter(hit -> !others.contains(level(hit, threshold))).toList();
  }

  private static Set<String> levels(List<Match> hits, double threshold) {
    Set<String> levels = new HashSet<>();
    hits.forEach(hit -> levels.add(level(hit, threshold)));
    return levels;
  }

  private static String level(Match hit, double threshold) {
    return hit.entity().ref().key() + (hit.isMatch(threshold) ? "|match" : "|review");
  }
}
