package org.sanctionsengine.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.match.Match;
import org.sanctionsengine.match.MatchQuery;
import org.sanctionsengine.match.NameIndex;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.names.NameNormalizer;

/**
 * Leave one name out on the real lists: every name of every entity with two names or more is
 * screened against an index that holds everything but that name, and must find its own entity.
 * These variants were written by the list authorities, not by us.
 *
 * <p>Building an index per query would take hours, so the held-out names are dealt into rounds: in
 * round {@code r} every entity leaves out its {@code r}-th eligible name, one index is built from
 * all the entities so reduced, and each left-out name is screened against it. An entity never
 * misses more than one name in a round, so a name can only find its entity through the entity's
 * other names; the other entities also miss one name each, which changes the list's word counts the
 * scorer consults ("a name in use") by a few per cent at most. Entities with more than {@link
 * #MAX_ROUNDS} eligible names have that many drawn at random (with the seed), and the rest are
 * counted as not drawn.
 *
 * <p>A name is not held out when another name of its entity is the same up to case, accents,
 * punctuation or word order ({@link PlainWords}): such a name would find itself.
 */
final class LeaveOneNameOut {
  static final int MAX_ROUNDS = 24;

  /** One held-out name. */
  record HeldOut(Entity entity, int position, Name name) {}

  /** The held-out names in rounds, and how many names were not held out, by reason. */
  record Plan(List<List<HeldOut>> rounds, Map<String, Integer> skipped) {
    int size() {
      return rounds.stream().mapToInt(List::size).sum();
    }
  }

  private LeaveOneNameOut() {}

  static Plan plan(List<Entity> entities, Random random) {
    List<List<HeldOut>> rounds = new ArrayList<>();
    Map<String, Integer> skipped = new LinkedHashMap<>();
    for (Entity entity : entities) {
      List<Name> names = entity.names();
      if (names.size() < 2) {
        continue;
      }
      List<HeldOut> eligible = new ArrayList<>();
      for (int i = 0; i < names.size(); i++) {
        String reason = trivialReason(names, i);
        if (reason.isEmpty()) {
          eligible.add(new HeldOut(entity, i, names.get(i)));
        } else {
          skipped.merge(reason, 1, Integer::sum);
        }
      }
      if (eligible.size() > MAX_ROUNDS) {
        java.util.Collections.shuffle(eligible, random);
        skipped.merge(
            "not drawn (entity has more than " + MAX_ROUNDS + " eligible names)",
            eligible.size() - MAX_ROUNDS,
            Integer::sum);
        eligible = eligible.subList(0, MAX_ROUNDS);
      }
      for (int r = 0; r < eligible.size(); r++) {
        while (rounds.size() <= r) {
          rounds.add(new ArrayList<>());
        }
        rounds.get(r).add(eligible.get(r));
      }
    }
    return new Plan(rounds, skipped);
  }

  /** Why name {@code i} would find itself among the others, or "" when it would not. */
  static String trivialReason(List<Name> names, int i) {
    String value = names.get(i).value();
    String plain = PlainWords.of(value);
    if (plain.isEmpty()) {
      return "no letters or digits";
    }
    String sorted = PlainWords.sorted(value);
    String reason = "";
    for (int j = 0; j < names.size(); j++) {
      if (j == i) {
        continue;
      }
      String other = names.get(j).value();
      if (other.equals(value)) {
        return "the same text as another name of the entity";
      } else if (PlainWords.of(other).equals(plain)) {
        reason = "the same up to case, accents or punctuation";
      } else if (reason.isEmpty() && PlainWords.sorted(other).equals(sorted)) {
        reason = "the same words in another order";
      }
    }
    return reason;
  }

  /** A held-out name that did not find its entity, with what it found instead. */
  record Miss(HeldOut heldOut, List<Match> hits, double ownScore) {}

  /**
   * Runs every round: builds the reduced index and screens the round's names. Counts in {@code
   * tally} under "all", "list", "quality", "type", "script", "kind"; misses go to {@code misses}.
   */
  static void run(
      List<Entity> entities, Plan plan, NameNormalizer normalizer, Tally tally, List<Miss> misses) {
    double threshold = Screening.DEFAULT_THRESHOLD;
    double floor = threshold - Screening.REVIEW_MARGIN;
    Map<Entity, Integer> positions = new java.util.IdentityHashMap<>();
    for (int r = 0; r < plan.rounds().size(); r++) {
      List<HeldOut> round = plan.rounds().get(r);
      positions.clear();
      round.forEach(held -> positions.put(held.entity(), held.position()));
      List<Entity> reduced = new ArrayList<>(entities.size());
      for (Entity entity : entities) {
        Integer position = positions.get(entity);
        reduced.add(position == null ? entity : EntityCopies.without(entity, position));
      }
      NameIndex index = NameIndex.build(reduced, normalizer);
      for (HeldOut held : round) {
        String key = held.entity().ref().key();
        List<Match> hits =
            index.search(
                MatchQuery.of(PlainWords.asQuery(held.name().value())), Screening.MAX_HITS, floor);
        double own = 0;
        for (Match hit : hits) {
          if (hit.entity().ref().key().equals(key)) {
            own = Math.max(own, hit.score());
            if (hit.matchedName().equals(held.name().value())) {
              throw new IllegalStateException("Held-out name found itself: " + held);
            }
          }
        }
        boolean found = own >= threshold;
        count(tally, held, found);
        if (!found) {
          misses.add(new Miss(held, hits, own));
          tally.count(
              "misses",
              own > 0
                  ? "own entity a review hit (0.72 to 0.82)"
                  : hits.size() == Screening.MAX_HITS
                      ? "own entity not among the 10 hits from 0.72"
                      : "own entity under 0.72",
              false);
        }
      }
      System.out.printf(Locale.ROOT, "  round %d: %,d names held out%n", r + 1, round.size());
    }
  }

  private static void count(Tally tally, HeldOut held, boolean found) {
    Name name = held.name();
    tally.count("all", "leave-one-name-out", found);
    tally.count("list", held.entity().ref().source().code(), found);
    tally.count("quality", quality(name), found);
    tally.count("type", name.type().name().toLowerCase(Locale.ROOT), found);
    tally.count("script", name.script().name().toLowerCase(Locale.ROOT), found);
    tally.count("kind", held.entity().kind().name().toLowerCase(Locale.ROOT), found);
    tally.count("words shared with another name", overlap(held), found);
  }

  /**
   * How much of the held-out name another name of its entity holds, word for word ({@link
   * PlainWords}): an alias that shares no word with any other name (a nom de guerre, a translation,
   * a former company name) can only be found across scripts or spellings, if at all.
   */
  static String overlap(HeldOut held) {
    List<String> words = List.of(PlainWords.of(held.name().value()).split(" "));
    double best = 0;
    List<Name> names = held.entity().names();
    for (int j = 0; j < names.size(); j++) {
      if (j != held.position()) {
        java.util.Set<String> other =
            new java.util.HashSet<>(List.of(PlainWords.of(names.get(j).value()).split(" ")));
        long shared = words.stream().filter(other::contains).count();
        best = Math.max(best, (double) shared / words.size());
      }
    }
    return best == 0
        ? "a: none"
        : best < 0.5 ? "b: under half" : best < 1 ? "c: half or more" : "d: every word";
  }

  /** "weak" for OFAC's weak AKAs and the UN's low-quality aliases, else "good". */
  static String quality(Name name) {
    return switch (name.quality()) {
      case WEAK -> "weak (OFAC weak AKA, UN low quality)";
      case STRONG -> "good (strong AKA, UN good quality)";
      case UNSPECIFIED -> "unspecified (primary and other names)";
    };
  }
}
