package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.names.HangulRomanizer;
import org.sanctionsengine.names.KoreanRomanization;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

/** Scoring invariants over generated names; seeds fixed, failures print their seed and sample. */
class NameIndexPropertiesTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();
  private static final List<Entity> OTHERS =
      List.of(
          Entities.person("KIM JONG IL").build(),
          Entities.person("Kim Yong Chol").build(),
          Entities.organization("Korea Mining Development Trading Corporation"));

  @Property(tries = 100, seed = "5101")
  void search_listedName_matchesItselfAtTheTopScore(@ForAll("names") String name) {
    NameIndex index = index(name);

    List<Match> matches = index.search(MatchQuery.of(name), 3, 0.0);

    assertThat(matches).isNotEmpty();
    assertThat(matches.get(0).score()).isEqualTo(1.0);
    assertThat(matches.get(0).matchedName()).isEqualTo(name);
  }

  @Property(tries = 100, seed = "5102")
  void search_personsWordsInAnyOrder_scoreTheSame(
      @ForAll("names") String name, @ForAll long shuffleSeed) {
    NameIndex index = index(name);
    List<String> words = new ArrayList<>(List.of(name.split(" ")));
    Collections.shuffle(words, new Random(shuffleSeed));
    MatchQuery original = MatchQuery.of(name).withKind(EntityKind.PERSON);
    MatchQuery reordered = MatchQuery.of(String.join(" ", words)).withKind(EntityKind.PERSON);

    assertThat(index.search(reordered, 1, 0.0).get(0).score())
        .isEqualTo(index.search(original, 1, 0.0).get(0).score());
  }

  @Property(tries = 200, seed = "5103")
  void search_romanizationOfAListedHangulName_matchesIt(
      @ForAll("hangulNames") String hangul, @ForAll KoreanRomanization system) {
    NameIndex index = index(hangul);
    String romanized =
        HangulRomanizer.romanize(hangul.substring(0, 1), system, "")
            + " "
            + HangulRomanizer.romanize(hangul.substring(1), system, "-");

    assertThat(index.search(MatchQuery.of(romanized), 5, Screening.DEFAULT_THRESHOLD))
        .as("%s ~ %s", romanized, hangul)
        .anySatisfy(match -> assertThat(match.matchedName()).isEqualTo(hangul));
  }

  private static NameIndex index(String name) {
    List<Entity> entities = new ArrayList<>(OTHERS);
    entities.add(Entities.person(name).build());
    return NameIndex.build(entities, NORMALIZER);
  }

  @Provide
  Arbitrary<String> hangulNames() {
    return Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(2).ofMaxLength(4);
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> latin =
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(9);
    Arbitrary<String> hangul =
        Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> korean = Arbitraries.of("Kim", "Jong", "Un", "Ri", "Chol", "Pak", "Song");
    return Arbitraries.oneOf(latin, hangul, korean)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(words -> String.join(" ", words));
  }
}
