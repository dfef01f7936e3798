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

  /** One name to screen, and the copies (other names of its entity, other scripts) to find. */
  record Pair(String source, Name query, Name listed, String listedKey) {}

  /** A pair not found, and the score of the listed copy (0 when under the review floor). */
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
        .filter(
            e -> e.names().stream().map(n -> Scripts.of(n.value())).distinct().count() > 1)
        .toList();
  }

  /**
   * Builds the index (lists plus one copy per name of every multi-script entity) and screens
   * every name, counting each cross-script pair under "all", "pair" and "source".
   */
  static void run(
      List<Entity> lists,
      Map<String, List<Entity>> multiScriptBySource,
      NameNormalizer normalizer,
      Tally tally,
      List<Miss> misses) {
    List<Entity> indexed = new ArrayList<>(lists);
    Map<String, List<Pair>> byQuery = new java.util.LinkedHashMap<>();
    int copy = 0;
    for (Map.Entry<String, List<Entity>> source : multiScriptBySource.entrySet()) {
      for (Entity entity : source.getValue()) {
        List<Name> names = new ArrayList<>(new LinkedHashSet<>(entity.names()));
        List<String> keys = new ArrayList<>();
        for (Name name : names) {
          ListEntryRef ref =
              new ListEntryRef(ListSource.OPENSANCTIONS, "copy-" + copy++, "eval-copies");
          indexed.add(EntityCopies.withNames(entity, ref, List.of(name)));
          keys.add(ref.key());
        }
        for (int q = 0; q < names.size(); q++) {
          for (int l = 0; l < names.size(); l++) {
            String queryScript = Scripts.of(names.get(q).value());
            if (!queryScript.equals(Scripts.of(names.get(l).value()))) {
              Pair pair = new Pair(source.getKey(), names.get(q), names.get(l), keys.get(l));
              byQuery.computeIfAbsent(keys.get(q), k -> new ArrayList<>()).add(pair);
            }
          }
        }
      }
    }
    NameIndex index = NameIndex.build(indexed, normalizer);
    double threshold = Screening.DEFAULT_THRESHOLD;
    for (List<Pair> sameQuery : byQuery.values()) {
      String query = sameQuery.getFirst().query().value();
      Map<String, Double> scores = new HashMap<>();
      for (Match hit : index.search(MatchQuery.of(query), LIMIT, threshold - 0.3)) {
        scores.put(hit.entity().ref().key(), hit.score());
      }
      for (Pair pair : sameQuery) {
        double score = scores.getOrDefault(pair.listedKey(), 0.0);
        boolean found = score >= threshold;
        String label =
            Scripts.of(pair.query().value()) + " → " + Scripts.of(pair.listed().value());
        tally.count("all", "cross-script pairs", found);
        tally.count("pair (query → listed)", label, found);
        tally.count("source", pair.source(), found);
        if (!found) {
          misses.add(new Miss(pair, score));
        }
      }
    }
  }
}
