package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

class RescreeningTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  /** Before: one entry removed, one entry before its change. After: one added, one changed. */
  private static final Rescreening RESCREENING =
      Rescreening.of(
          List.of(
              Entities.person("CHOE RYONG HAE").id("KPi.REMOVED").build(),
              Entities.person("RI SU YONG").id("KPi.CHANGED").build()),
          List.of(
              Entities.person("KIM JONG UN").id("KPi.ADDED").build(),
              Entities.person("RI SU YONG")
                  .id("KPi.CHANGED")
                  .alias("RI CHOL", NameQuality.STRONG)
                  .bornOn(LocalDate.of(1940, 6, 11))
                  .build()),
          NORMALIZER);

  private static List<String> ids(List<Match> hits) {
    return hits.stream().map(hit -> hit.entity().ref().sourceId()).toList();
  }

  @Test
  void screen_nameOfAnAddedEntry_appears() {
    Rescreening.Changes changes = RESCREENING.screen(MatchQuery.of("Kim Jong-un"), 0.8);

    assertThat(ids(changes.appeared())).containsExactly("KPi.ADDED");
    assertThat(changes.disappeared()).isEmpty();
  }

  @Test
  void screen_nameOfARemovedEntry_disappears() {
    Rescreening.Changes changes = RESCREENING.screen(MatchQuery.of("Choe Ryong-hae"), 0.8);

    assertThat(changes.appeared()).isEmpty();
    assertThat(ids(changes.disappeared())).containsExactly("KPi.REMOVED");
  }

  @Test
  void screen_aliasAddedToAChangedEntry_appearsOnlyForTheAlias() {
    assertThat(ids(RESCREENING.screen(MatchQuery.of("Ri Chol"), 0.8).appeared()))
        .containsExactly("KPi.CHANGED");
    assertThat(RESCREENING.screen(MatchQuery.of("Ri Su Yong"), 0.8).isEmpty()).isTrue();
  }

  @Test
  void screen_changeLiftsAHitFromReviewToMatch_reviewDisappearsAndMatchAppears() {
    MatchQuery query =
        MatchQuery.of("Ri Su")
            .withBirthDate(new org.sanctionsengine.entity.BirthDate.Year(1940, false));

    Rescreening.Changes changes = RESCREENING.screen(query, 0.85);

    assertThat(changes.appeared())
        .singleElement()
        .satisfies(hit -> assertThat(hit.isMatch(0.85)).isTrue());
    assertThat(changes.disappeared())
        .singleElement()
        .satisfies(hit -> assertThat(hit.isMatch(0.85)).isFalse());
  }

  @Test
  void screen_sameAsTheDifferenceOfFullScreenings() {
    List<Entity> unchanged = List.of(Entities.person("PAK PONG JU").id("KPi.SAME").build());
    List<Entity> old =
        List.of(
            unchanged.get(0),
            Entities.person("CHOE RYONG HAE").id("KPi.REMOVED").build(),
            Entities.person("RI SU YONG").id("KPi.CHANGED").build());
    List<Entity> now =
        List.of(
            unchanged.get(0),
            Entities.person("KIM JONG UN").id("KPi.ADDED").build(),
            Entities.person("RI SU YONG")
                .id("KPi.CHANGED")
                .alias("RI CHOL", NameQuality.STRONG)
                .build());
    NameIndex oldIndex = NameIndex.build(old, NORMALIZER);
    NameIndex newIndex = NameIndex.build(now, NORMALIZER);
    Rescreening diff =
        Rescreening.of(
            List.of(old.get(1), old.get(2)), List.of(now.get(1), now.get(2)), NORMALIZER);

    for (String name : List.of("Pak Pong Ju", "Choe Ryong Hae", "Kim Jong Un", "Ri Chol", "Ri")) {
      MatchQuery query = MatchQuery.of(name);
      List<String> before = ids(Screening.hits(oldIndex, query, 0.8));
      List<String> after = ids(Screening.hits(newIndex, query, 0.8));
      Rescreening.Changes changes = diff.screen(query, 0.8);

      assertThat(ids(changes.appeared()))
          .as(name)
          .containsExactlyInAnyOrderElementsOf(
              after.stream().filter(id -> !before.contains(id)).toList());
      assertThat(ids(changes.disappeared()))
          .as(name)
          .containsExactlyInAnyOrderElementsOf(
              before.stream().filter(id -> !after.contains(id)).toList());
    }
  }
}
