package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.Script;
import org.sanctionsengine.names.InvalidNameException;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.names.NormalizedName;

/**
 * Every name of every loaded entity, indexed for screening. A search normalizes the query, looks up
 * its tokens' keys ({@link IndexKeys}) to find candidate names, keeps the candidates whose score
 * bound can reach the floor ({@link Candidates}), scores them ({@link NameScorer}), adds the
 * evidence beyond the name ({@link EvidenceRules}) and returns the best name per entity, explained.
 * Entities with an identical identifier are found through their own index, whatever their names.
 *
 * <p>Immutable once built and safe to search from many threads.
 */
public final class NameIndex {
  private final NameNormalizer normalizer;
  private final List<Entity> entities;
  private final List<IndexedName> names;
  private final Candidates candidates;
  private final Map<String, int[]> identifiers;
  private final int skippedNames;
  private final TokenTable tokens;
  private final ThreadLocal<SearchState> states;

  private NameIndex(Builder builder) {
    this.normalizer = builder.normalizer;
    this.entities = List.copyOf(builder.entities);
    this.names = List.copyOf(builder.names);
    this.candidates = builder.candidates.build();
    this.tokens = builder.tokens.build();
    this.identifiers = Map.copyOf(builder.identifiers);
    this.skippedNames = builder.skipped;
    int nameCount = names.size();
    int tokenCount = tokens.size();
    int entityCount = entities.size();
    this.states =
        ThreadLocal.withInitial(() -> new SearchState(nameCount, tokenCount, entityCount));
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
    SearchState state = states.get();
    state.start();
    if (query.name().isBlank()) {
      offerIdentifiers(query, state);
      return hits(state, limit, floor, entity -> identifierOnly(query, entities.get(entity)));
    }
    NormalizedName normalized = normalize(query);
    List<Match> hits = search(query, normalized, limit, floor, state);
    // Only a name without Latin letters can be made wholly of look-alikes.
    Optional<NormalizedName> byLooks =
        normalized.scripts().contains(Script.LATIN)
            ? Optional.empty()
            : normalizer.lookAlikeReading(
                query.name(), query.kinds().size() == 1 ? query.kinds().iterator().next() : null);
    return byLooks.isEmpty()
        ? hits
        : best(hits, search(query, byLooks.get(), limit, floor, state), limit);
  }

  private List<Match> search(
      MatchQuery query, NormalizedName normalized, int limit, double floor, SearchState state) {
    state.start();
    QueryForm form = QueryForm.of(normalized, tokens);
    NativeScript queryNative = NativeScript.of(normalized);
    state.work.memo.start(form);
    offerNames(query, form, queryNative, floor, state);
    offerIdentifiers(query, state);
    return hits(
        state,
        limit,
        floor,
        entity ->
            state.bestName(entity) == SearchState.NO_NAME
                ? identifierOnly(query, entities.get(entity))
                : named(query, form, queryNative, entity, state));
  }

  /**
   * The hits of two readings of one name, the better of each entity's two, best first (then in the
   * order found), at most {@code limit}.
   */
  private static List<Match> best(List<Match> first, List<Match> second, int limit) {
    Map<String, Match> byEntity = new java.util.LinkedHashMap<>();
    for (Match hit : first) {
      byEntity.put(hit.entity().ref().key(), hit);
    }
    for (Match hit : second) {
      byEntity.merge(hit.entity().ref().key(), hit, (a, b) -> b.score() > a.score() ? b : a);
    }
    List<Match> merged = new ArrayList<>(byEntity.values());
    merged.sort(Comparator.comparingDouble((Match hit) -> -hit.score()));
    return merged.subList(0, Math.min(limit, merged.size()));
  }

  /**
   * Scores every candidate name and keeps the best per entity. Evidence beyond the name is looked
   * at only when the query brings some, and only for names whose score it could lift to the floor.
   */
  private void offerNames(
      MatchQuery query,
      QueryForm form,
      @Nullable NativeScript queryNative,
      double floor,
      SearchState state) {
    boolean hasEvidence =
        !query.birthDates().isEmpty()
            || !query.country().isEmpty()
            || !query.identifiers().isEmpty();
    boolean hasIdentifiers = !query.identifiers().isEmpty();
    double reachable = Math.max(0, floor - EvidenceRules.maxBonus(query));
    for (int id : candidates.of(form.name(), form.koreanName(), reachable, state.counter)) {
      IndexedName name = names.get(id);
      Entity entity = entities.get(name.entity());
      if (!query.kinds().isEmpty() && !query.kinds().contains(entity.kind())) {
        continue;
      }
      double nameScore =
          inScript(queryNative, name, NameScorer.score(form, name.form(), tokens, state.work));
      double score =
          !hasEvidence
              ? finalScore(nameScore, List.of())
              : !hasIdentifiers && nameScore + EvidenceRules.maxBonus(query) < floor
                  ? nameScore
                  : finalScore(nameScore, EvidenceRules.of(query, entity));
      if (score >= floor || hasIdentifiers) {
        state.offer(name.entity(), id, score);
      }
    }
  }

  /** Entities with an identical identifier, whatever their names. */
  private void offerIdentifiers(MatchQuery query, SearchState state) {
    for (Identifier identifier : query.identifiers()) {
      for (int entityId : identifiers.getOrDefault(key(identifier), new int[0])) {
        if (!state.isOffered(entityId)) {
          state.offer(entityId, SearchState.NO_NAME, 1.0);
        }
      }
    }
  }

  /** The offered entities from the floor up, best first (then in index order), explained. */
  private static List<Match> hits(
      SearchState state, int limit, double floor, IntFunction<Match> explain) {
    List<Integer> kept = new ArrayList<>();
    for (int entity : state.offered()) {
      if (state.bestScore(entity) >= floor) {
        kept.add(entity);
      }
    }
    kept.sort(
        Comparator.comparingDouble((Integer entity) -> -state.bestScore(entity))
            .thenComparingInt(entity -> entity));
    List<Match> hits = new ArrayList<>(Math.min(limit, kept.size()));
    for (int entity : kept.subList(0, Math.min(limit, kept.size()))) {
      hits.add(explain.apply(entity));
    }
    return hits;
  }

  private Match named(
      MatchQuery query,
      QueryForm form,
      @Nullable NativeScript queryNative,
      int entityId,
      SearchState state) {
    IndexedName name = names.get(state.bestName(entityId));
    Entity entity = entities.get(entityId);
    NameScorer.NameScore nameScore = NameScorer.explain(form, name.form(), tokens, state.work);
    double byName = inScript(queryNative, name, nameScore.score());
    List<Evidence> evidence = EvidenceRules.of(query, entity);
    double score = finalScore(byName, evidence);
    List<String> notes = new ArrayList<>();
    if (queryNative != null && queryNative.sameScriptAs(name.nativeScript())) {
      notes.add(queryNative.describe(name.nativeScript()));
    }
    if (!form.name().lookAlikes().isEmpty()) {
      notes.add("look-alike letters folded: " + String.join(", ", form.name().lookAlikes()));
    }
    return new Match(
        entity,
        name.value(),
        score,
        new ScoreBreakdown(
            nameScore.matches(),
            nameScore.unmatchedQuery(),
            nameScore.unmatched(),
            byName,
            evidence,
            score,
            notes));
  }

  /**
   * The name score, held to the two names' similarity as written when both are wholly in Hangul or
   * wholly in Chinese characters ({@link NativeScript}).
   */
  private static double inScript(
      @Nullable NativeScript queryNative, IndexedName name, double nameScore) {
    if (queryNative == null || !queryNative.sameScriptAs(name.nativeScript())) {
      return nameScore;
    }
    return Math.min(nameScore, queryNative.similarity(name.nativeScript()));
  }

  private NormalizedName normalize(MatchQuery query) {
    return query.kinds().size() == 1
        ? normalizer.normalize(query.name(), query.kinds().iterator().next())
        : normalizer.normalize(query.name());
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

  private static String key(Identifier identifier) {
    return identifier.type().code() + ":" + identifier.normalized();
  }

  private static final class Builder {
    private final NameNormalizer normalizer;
    private final List<Entity> entities = new ArrayList<>();
    private final List<IndexedName> names = new ArrayList<>();
    private final Candidates.Builder candidates = new Candidates.Builder();
    private final TokenTable.Builder tokens = new TokenTable.Builder();
    private final Map<String, int[]> identifiers = new HashMap<>();
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
          names.add(
              new IndexedName(
                  entityId,
                  name.value(),
                  NameForm.of(normalized, tokens),
                  NativeScript.of(normalized)));
          candidates.add(id, normalized);
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
