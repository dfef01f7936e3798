package org.sanctionsengine.bench.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.input.InputLimits;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.ReadContext;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchMethod;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * The labelled development set of the matching evaluation, built from the real UN and OFAC SDN
 * lists with a fixed seed: {@link Variants} of one name of every DPRK-program entity and of 600
 * other entities drawn at random, and {@link UnlistedNames}, minus the generated names that turn
 * out to be listed names.
 */
final class DevelopmentSet {
  static final long DEFAULT_SEED = 20260101L;
  private static final int OTHER_ENTITIES = 600;
  private static final int UNLISTED_PER_KIND = 150;

  private DevelopmentSet() {}

  static List<Entity> load(Path data) throws IOException {
    List<Entity> entities = new ArrayList<>();
    ListFormat.UN_XML
        .reader()
        .read(
            ListInput.of(data.resolve("un/consolidated.xml")),
            new ReadContext(ListSource.UN, "eval", InputLimits.defaults()),
            entities::add);
    Path sdn = data.resolve("ofac/sdn_legacy_csv");
    ListFormat.OFAC_SDN_CSV
        .reader()
        .read(
            new ListInput(
                List.of(
                    sdn.resolve("sdn.csv"),
                    sdn.resolve("add.csv"),
                    sdn.resolve("alt.csv"),
                    sdn.resolve("sdn_comments.csv"))),
            new ReadContext(ListSource.OFAC_SDN, "eval", InputLimits.defaults()),
            entities::add);
    return entities;
  }

  /**
   * Variants of the names of every DPRK-program entity and of a random sample of the others, and
   * unlisted names. An "unlisted" name that our normalizer finds equal, token by token, to a listed
   * name (a common Korean name can be a designated person's) is dropped and counted ({@link
   * #isListedName}).
   */
  static List<EvalQuery> of(List<Entity> entities, NameIndex index, Random random) {
    Variants variants = new Variants(random);
    List<EvalQuery> queries = new ArrayList<>();
    List<Entity> others = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.isDprk()) {
        queries.addAll(variants.of(entity, pickName(entity, random)));
      } else {
        others.add(entity);
      }
    }
    Collections.shuffle(others, random);
    for (Entity entity : others.subList(0, Math.min(OTHER_ENTITIES, others.size()))) {
      queries.addAll(variants.of(entity, pickName(entity, random)));
    }
    List<String> dropped = new ArrayList<>();
    NameNormalizer normalizer = NameNormalizer.create();
    for (EvalQuery unlisted : UnlistedNames.generate(random, UNLISTED_PER_KIND)) {
      if (isListedName(index, normalizer, unlisted.text())) {
        dropped.add(unlisted.text());
      } else {
        queries.add(unlisted);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Generated names dropped because they are a listed name: %d %s%n",
        dropped.size(),
        dropped);
    return queries;
  }

  private static String pickName(Entity entity, Random random) {
    List<String> strong =
        entity.names().stream()
            .filter(name -> name.quality() != NameQuality.WEAK)
            .map(name -> name.value())
            .toList();
    return strong.isEmpty()
        ? entity.primaryName().value()
        : strong.get(random.nextInt(strong.size()));
  }

  /**
   * Whether a generated name is a listed name: every token is one of the listed name's (in any
   * order, whatever the case and punctuation), and what is left on either side is only weak words
   * (Zhang Lei / ZHANG, Lei; Rami Qasim / AL-RAMI, Qasim; Orion Corporation / ORION). Such a name
   * is on a list, whatever the generator meant. A romanization or spelling variant is not dropped
   * (Yoon Ho-jin / YUN HO-JIN, Mohammed / Mohammad): whether it is the same name is what the
   * systems under test decide, so it stays a name on no list and a hit on it a false positive.
   */
  private static boolean isListedName(NameIndex index, NameNormalizer normalizer, String name) {
    for (Match match : index.search(MatchQuery.of(name), Screening.MAX_HITS, 0.8)) {
      boolean sameTokens =
          onlyWeak(match.breakdown().unmatchedQuery(), normalizer.normalize(name))
              && onlyWeak(
                  match.breakdown().unmatchedListed(),
                  normalizer.normalize(match.matchedName(), match.entity().kind()))
              && match.breakdown().tokenMatches().stream()
                  .allMatch(token -> token.method() == MatchMethod.EXACT);
      if (sameTokens) {
        return true;
      }
    }
    return false;
  }

  private static boolean onlyWeak(List<String> unmatched, NormalizedName name) {
    return name.tokens().stream()
        .filter(token -> unmatched.contains(token.text()))
        .allMatch(token -> token.kind() == TokenKind.WEAK);
  }
}
