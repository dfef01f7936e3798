package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.names.InvalidNameException;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * Every name of every loaded entity, indexed for screening. A search normalizes the query, looks up
 * its tokens' keys ({@link IndexKeys}) to find candidate names, keeps the candidates that share at
 * least half of the query's tokens, scores them ({@link NameScorer}), adds the evidence beyond the
 * name ({@link EvidenceRules}) and returns the best name per entity. Entities with an identical
 * identifier are found through their own index, whatever their names.
 *
 * <p>Immutable once built and safe to search from many threads.
 */
public final class NameIndex {
  private final NameNormalizer normalizer;
  private final List<Entity> entities;
  private final List<IndexedName> names;
  private final Postings postings;
  private final Map<String, int[]> identifiers;
  private final int skippedNames;
  private final NameShapes shapes;
  private final ThreadLocal<CandidateCounter> counters;

  private NameIndex(Builder builder) {
    this.normalizer = builder.normalizer;
    this.entities = List.copyOf(builder.entities);
    this.names = List.copyOf(builder.names);
    this.postings = builder.postings.build();
    this.identifiers = Map.copyOf(builder.identifiers);
    this.skippedNames = builder.skipped;
    this.shapes = builder.shapes;
    int size = names.size();
    this.counters = ThreadLocal.withInitial(() -> new CandidateCounter(size));
  }

  /** Indexes every name of the given entities; names that cannot be normalized are skipped. */
  public static NameIndex build(Collection<? extends Entity> entities, NameNormalizer normalizer) {
    Builder builder = new Builder(normalizer);
    entities.forEach(builder::add);
    return new NameIndex(builder);
  }

  public int entityCount() {
    return entities.size();
  }

  public int nameCount() {
    return names.size();
  }

  /** Names skipped at build time because they have no letters or digits. */
  public int skippedNames() {
    return skippedNames;
  }

  /**
   * The entities the query meets with a score of at least {@code floor}, best first, at most {@code
   * limit}.
   *
   * @throws InvalidNameException if the query's name cannot be normalized
   */
  public List<Match> search(MatchQuery query, int limit, double floor) {
    Map<Integer, Match> best = new HashMap<>();
    if (!query.name().isBlank()) {
      NormalizedName normalized = normalize(query);
      for (int id : candidates(normalized, floor)) {
        IndexedName name = names.get(id);
        Entity entity = entities.get(name.entity());
        if (query.kinds().isEmpty() || query.kinds().contains(entity.kind())) {
          offer(best, name.entity(), score(query, normalized, name, entity));
        }
      }
    }
    for (Identifier identifier : query.identifiers()) {
      for (int entityId : identifiers.getOrDefault(key(identifier), new int[0])) {
        if (!best.containsKey(entityId)) {
          best.put(entityId, identifierOnly(query, entities.get(entityId)));
        }
      }
    }
    return best.values().stream()
        .filter(match -> match.score() >= floor)
        .sorted(Comparator.comparingDouble(Match::score).reversed())
        .limit(limit)
        .toList();
  }

  private NormalizedName normalize(MatchQuery query) {
    return query.kinds().size() == 1
        ? normalizer.normalize(query.name(), query.kinds().iterator().next())
        : normalizer.normalize(query.name());
  }

  /**
   * The names that share enough of the query's tokens to reach {@code floor}. When k of the query's
   * n normal tokens meet a list name, its score is at most 2k / (n + k), plus what evidence can
   * add; names below that bound are not scored at all.
   */
  private int[] candidates(NormalizedName query, double floor) {
    CandidateCounter counter = counters.get();
    boolean onlyWeak = query.normalTokens().isEmpty();
    for (NameToken token : query.tokens()) {
      if (token.kind() == TokenKind.NORMAL || onlyWeak) {
        counter.nextUnit();
        // List pairs first: a token that meets two list tokens joined covers both.
        IndexKeys.queryAgainstListedPairs(token, key -> counter.countAll(postings.get(key), 1, 2));
        IndexKeys.query(token, false, key -> counter.countAll(postings.get(key), 1, 1));
      }
    }
    for (NameToken pair : query.joinedPairs()) {
      counter.nextUnit();
      IndexKeys.query(pair, true, key -> counter.countAll(postings.get(key), 2, 1));
    }
    double reachable = Math.max(0, floor - EvidenceRules.MAX_BONUS);
    int normal = NameShapes.count(query);
    double other = NameShapes.other(query);
    CandidateCounter.QueryShape shape =
        onlyWeak
            ? new CandidateCounter.QueryShape(query.tokens().size(), 0, 0, normal + other)
            : new CandidateCounter.QueryShape(
                normal, query.tokens().size() - normal, other, normal + other);
    return counter.drain(shape, shapes, reachable);
  }

  private static Match score(
      MatchQuery query, NormalizedName normalized, IndexedName name, Entity entity) {
    NameScorer.NameScore nameScore = NameScorer.score(normalized, name.normalized());
    List<Evidence> evidence = EvidenceRules.of(query, entity);
    double score = finalScore(nameScore.score(), evidence);
    return new Match(
        entity,
        name.value(),
        score,
        new ScoreBreakdown(
            nameScore.matches(),
            nameScore.unmatchedQuery(),
            nameScore.unmatched(),
            nameScore.score(),
            evidence,
            score));
  }

  private static Match identifierOnly(MatchQuery query, Entity entity) {
    List<Evidence> evidence = EvidenceRules.of(query, entity);
    return new Match(
        entity,
        entity.primaryName().value(),
        1.0,
        new ScoreBreakdown(List.of(), List.of(), List.of(), 0, evidence, 1.0));
  }

  static double finalScore(double nameScore, List<Evidence> evidence) {
    double score = nameScore;
    for (Evidence item : evidence) {
      if (item.kind() == Evidence.Kind.IDENTIFIER) {
        return 1.0;
      }
      score += item.effect();
    }
    return Math.max(0, Math.min(1, score));
  }

  private static void offer(Map<Integer, Match> best, int entity, Match match) {
    Match current = best.get(entity);
    if (current == null || match.score() > current.score()) {
      best.put(entity, match);
    }
  }

  private static String key(Identifier identifier) {
    return identifier.type().code() + ":" + identifier.normalized();
  }

  private static final class Builder {
    private final NameNormalizer normalizer;
    private final List<Entity> entities = new ArrayList<>();
    private final List<IndexedName> names = new ArrayList<>();
    private final Postings.Builder postings = new Postings.Builder();
    private final Map<String, int[]> identifiers = new HashMap<>();
    private final NameShapes shapes = new NameShapes();
    private int skipped;

    Builder(NameNormalizer normalizer) {
      this.normalizer = normalizer;
    }

    void add(Entity entity) {
      int entityId = entities.size();
      entities.add(entity);
      EntityKind kind = entity.kind();
      for (Name name : entity.names()) {
        try {
          NormalizedName normalized = normalizer.normalize(name.value(), kind);
          int id = names.size();
          names.add(new IndexedName(entityId, name.value(), normalized));
          shapes.add(normalized);
          IndexKeys.listed(normalized, key -> postings.add(key, id));
        } catch (InvalidNameException e) {
          skipped++;
        }
      }
      for (Identifier identifier : entity.listing().identifiers()) {
        identifiers.merge(key(identifier), new int[] {entityId}, (a, b) -> append(a, entityId));
      }
    }

    private static int[] append(int[] ids, int id) {
      int[] longer = java.util.Arrays.copyOf(ids, ids.length + 1);
      longer[ids.length] = id;
      return longer;
    }
  }
}
