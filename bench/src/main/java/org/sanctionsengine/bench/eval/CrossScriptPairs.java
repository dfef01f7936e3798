package org.sanctionsengine.bench.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListEntryRef;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ReadContext;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;

/**
 * Cross-script pairs: entities that carry their names in two scripts or more, from the
 * FollowTheMoney fixtures of OpenSanctions' yente (written by the lists and OpenSanctions, not by
 * us) and from the UN and OFAC lists themselves. Every name of such an entity is indexed as an
 * entity of its own (a copy with that one name), beside the whole UN and OFAC lists; every name is
 * then screened, and each name of the entity in another script must be among its hits at the
 * threshold. So each pair (name in script A, name in script B) is counted twice, once each way.
 */
final class CrossScriptPairs {
  static final List<String> FIXTURES =
      List.of("zala_entities.ftm.json", "t1_entities.ftm.json", "parteispenden_entities.ftm.json");

  /** Enough for every copy of one entity's names, which compete with one another for the places. */
  private static final int LIMIT = 500;

  /** A name to screen, and the copy of its entity (names in another script) it must find. */
  record Pair(
      String source, Name query, String listedScript, List<Name> listed, String listedKey) {}

  /** A pair not found, and the score of the listed copy (0 when under the floor searched). */
  record Miss(Pair pair, double score) {}

  private CrossScriptPairs() {}

  static List<Entity> fixtures(Path data) throws IOException {
    List<Entity> entities = new ArrayList<>();
    for (String fixture : FIXTURES) {
      Path file = data.resolve("opensanctions/yente_fixtures").resolve(fixture);
      if (!Files.exists(file)) {
        throw new IllegalStateException(
            "Missing " + file + ": the cross-script set needs shared/data/opensanctions.");
      }
      ListFormat.FTM_JSON
          .reader()
          .read(
              ListInput.of(file),
              new ReadContext(ListSource.OPENSANCTIONS, "eval", InputLimits.defaults()),
              entities::add);
    }
    return entities;
  }

  /** The entities with names in two scripts or more. */
  static List<Entity> multiScript(List<Entity> entities) {
    return entities.stream()
        .filter(e -> e.names().stream().map(n -> Scripts.of(n.value())).distinct().count() > 1)
        .toList();
  }

  /**
   * Builds the index (the lists, plus a copy of every multi-script entity per script, holding only
   * its names in that script, and for names the lists give in their original script a copy holding
   * only that name and one holding only the primary name) and screens every name against the copies
   * in the other scripts; counts under "all", "pair" and "source".
   */
  static void run(
      List<Entity> lists,
      Map<String, List<Entity>> multiScriptBySource,
      NameNormalizer normalizer,
      Tally tally,
      List<Miss> misses) {
    List<Entity> indexed = new ArrayList<>(lists);
    List<Pair> pairs = new ArrayList<>();
    multiScriptBySource.forEach(
        (source, entities) -> {
          for (Entity entity : entities) {
            Map<String, List<Name>> byScript = new java.util.LinkedHashMap<>();
            new LinkedHashSet<>(entity.names())
                .forEach(
                    n ->
                        byScript
                            .computeIfAbsent(Scripts.of(n.value()), k -> new ArrayList<>())
                            .add(n));
            Map<String, String> copies = new HashMap<>();
            byScript.forEach((script, names) -> copies.put(script, copy(entity, names, indexed)));
            byScript.forEach(
                (script, names) ->
                    names.forEach(
                        query ->
                            byScript.forEach(
                                (other, listed) -> {
                                  if (!other.equals(script)) {
                                    pairs.add(
                                        new Pair(source, query, other, listed, copies.get(other)));
                                  }
                                })));
            originalScriptPairs(entity, indexed, pairs);
          }
        });
    NameIndex index = NameIndex.build(indexed, normalizer);
    double threshold = Screening.DEFAULT_THRESHOLD;
    Map<String, Map<String, Double>> scoresByQuery = new HashMap<>();
    for (Pair pair : pairs) {
      String query = PlainWords.asQuery(pair.query().value());
      Map<String, Double> scores =
          scoresByQuery.computeIfAbsent(
              query,
              q -> {
                Map<String, Double> byKey = new HashMap<>();
                for (Match hit : index.search(MatchQuery.of(q), LIMIT, threshold - 0.3)) {
                  byKey.put(hit.entity().ref().key(), hit.score());
                }
                return byKey;
              });
      double score = scores.getOrDefault(pair.listedKey(), 0.0);
      boolean found = score >= threshold;
      String label = Scripts.of(pair.query().value()) + " → " + pair.listedScript();
      tally.count("all", "cross-script pairs", found);
      tally.count("pair (query → listed), " + pair.source(), label, found);
      tally.count("source", pair.source(), found);
      if (!found) {
        misses.add(new Miss(pair, score));
      }
    }
  }

  private static int copies;

  /** Adds a copy of the entity holding only {@code names} to {@code indexed}; returns its key. */
  private static String copy(Entity entity, List<Name> names, List<Entity> indexed) {
    ListEntryRef ref =
        new ListEntryRef(ListSource.OPENSANCTIONS, "copy-" + copies++, "eval-copies");
    indexed.add(EntityCopies.withNames(entity, ref, names));
    return ref.key();
  }

  /**
   * The UN gives some entries' primary name in its original script too: that pair is the same name
   * in two scripts by the list's own word, so it is counted on its own, both ways.
   */
  private static void originalScriptPairs(Entity entity, List<Entity> indexed, List<Pair> pairs) {
    Name primary = entity.primaryName();
    for (Name original : entity.names()) {
      if (original.type() == org.sanctionsengine.entity.NameType.ORIGINAL_SCRIPT
          && !Scripts.of(original.value()).equals(Scripts.of(primary.value()))) {
        String source = "UN original-script name ↔ its primary name";
        pairs.add(
            new Pair(
                source,
                original,
                Scripts.of(primary.value()),
                List.of(primary),
                copy(entity, List.of(primary), indexed)));
        pairs.add(
            new Pair(
                source,
                primary,
                Scripts.of(original.value()),
                List.of(original),
                copy(entity, List.of(original), indexed)));
      }
    }
  }
}
