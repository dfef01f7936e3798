package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

class ScreeningTest {
  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              Entities.person("KIM JONG UN").id("KPi.KJU").build(),
              Entities.person("KIM JONG IL").id("KPi.KJI").build(),
              Entities.person("Hussein Faleh AZIZ").id("IQi.001").build()),
          NameNormalizer.create());

  @Test
  void hits_variantAboveAndNameBelowTheThreshold_matchAndReviewWithinTheMargin() {
    List<Match> hits = Screening.hits(INDEX, MatchQuery.of("Hussein Aziz"), 0.85);

    assertThat(hits).singleElement().satisfies(hit -> assertThat(hit.score()).isEqualTo(0.8));
    assertThat(hits.get(0).isMatch(0.85)).isFalse();
    assertThat(Screening.hits(INDEX, MatchQuery.of("Hussein Aziz"), 0.95)).isEmpty();
  }

  @Test
  void hits_defaultThreshold_sameAsSearchDownToTheReviewMargin() {
    MatchQuery query = MatchQuery.of("Kim Jong-un");

    assertThat(Screening.hits(INDEX, query, Screening.DEFAULT_THRESHOLD))
        .isEqualTo(INDEX.search(query, Screening.MAX_HITS, 0.70))
        .extracting(hit -> hit.entity().ref().sourceId())
        .containsExactly("KPi.KJU");
  }

  @Test
  void hits_moreEntitiesMeetThanMaxHits_keepsTheBestMaxHits() {
    List<Entity> many = new ArrayList<>();
    for (int i = 0; i < Screening.MAX_HITS + 5; i++) {
      many.add(Entities.person("PAK SONG CHOL").id("KPi." + i).build());
    }
    NameIndex index = NameIndex.build(many, NameNormalizer.create());

    assertThat(Screening.hits(index, MatchQuery.of("Pak Song Chol"), 0.8))
        .hasSize(Screening.MAX_HITS);
  }
}
