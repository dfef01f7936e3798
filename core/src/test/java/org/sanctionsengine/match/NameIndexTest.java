package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.BirthDate;
import org.sanctionsengine.entity.Countries;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Identifier;
import org.sanctionsengine.entity.IdentifierType;
import org.sanctionsengine.entity.NameQuality;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

class NameIndexTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();

  private static final List<Entity> LISTED =
      List.of(
          Entities.person("KIM JONG UN").id("KPi.KJU").bornOn(LocalDate.of(1984, 1, 8)).build(),
          Entities.person("KIM JONG IL").id("KPi.KJI").bornIn(1941).build(),
          Entities.person("RI U’N SO’NG")
              .id("KPi.078")
              .alias("Ri Eun Song", NameQuality.STRONG)
              .nationality("KP")
              .build(),
          Entities.organization("KOREA RYONBONG GENERAL CORPORATION", "LYONGAKSAN GENERAL TRADING"),
          Entities.vessel("CHON MA SAN", "8660313", "PUK DU SAN"),
          Entities.vessel("MARSHAL ZHUKOV", "9123459"),
          Entities.person("Muammar QADHAFI").id("LYi.011").build());

  private static final NameIndex INDEX = NameIndex.build(LISTED, NORMALIZER);

  private static Match top(MatchQuery query) {
    List<Match> matches = INDEX.search(query, 5, 0.0);
    assertThat(matches).isNotEmpty();
    return matches.get(0);
  }

  @Test
  void search_hangulName_findsTheDprkSpellingAtTheTopScore() {
    Match match = top(MatchQuery.of("김정은"));

    assertThat(match.entity().ref().sourceId()).isEqualTo("KPi.KJU");
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void search_revisedRomanization_isAnExplainedRomanizationVariant() {
    Match match = top(MatchQuery.of("Gim Jeong-eun"));

    assertThat(match.entity().ref().sourceId()).isEqualTo("KPi.KJU");
    assertThat(match.breakdown().explain())
        .isEqualTo(
            "name 0.92: gim ~ kim (romanization variant 0.92), jeong ~ jong (romanization variant"
                + " 0.92), eun ~ un (romanization variant 0.92); score 0.92");
  }

  @Test
  void search_joinedGivenName_meetsTheSplitListing() {
    Match match = top(MatchQuery.of("Kim Jongun"));

    assertThat(match.entity().ref().sourceId()).isEqualTo("KPi.KJU");
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void search_personsTokensInAnotherOrder_scoreTheSame() {
    assertThat(top(MatchQuery.of("Un Jong Kim")).score())
        .isEqualTo(top(MatchQuery.of("Kim Jong Un")).score());
  }

  @Test
  void search_anotherMemberOfTheFamily_staysBelowTheDefaultThreshold() {
    List<Match> matches = INDEX.search(MatchQuery.of("Kim Jong Nam"), 5, 0.0);

    assertThat(matches)
        .allSatisfy(match -> assertThat(match.score()).isLessThan(Screening.DEFAULT_THRESHOLD));
  }

  @Test
  void search_identicalImo_decidesOnItsOwn() {
    Identifier imo = Identifier.of(IdentifierType.IMO, "IMO 8660313", "", Countries.resolve(""));
    Match match = top(MatchQuery.of("Ocean Star").withIdentifier(imo));

    assertThat(match.entity().kind()).isEqualTo(EntityKind.VESSEL);
    assertThat(match.score()).isEqualTo(1.0);
    assertThat(match.breakdown().explain()).contains("identifier decides (imo 8660313 identical)");
  }

  @Test
  void search_vesselsFormerName_matches() {
    Match match = top(MatchQuery.of("Puk Du San").withKind(EntityKind.VESSEL));

    assertThat(match.matchedName()).isEqualTo("PUK DU SAN");
    assertThat(match.score()).isEqualTo(1.0);
  }

  @Test
  void search_titleInAQueryOfUnknownKind_stillMeetsAShipNamedWithIt() {
    assertThat(top(MatchQuery.of("Marshal Zhukov")).score()).isEqualTo(1.0);
    assertThat(top(MatchQuery.of("Marshal Kim Jong Un")).entity().ref().sourceId())
        .isEqualTo("KPi.KJU");
    assertThat(top(MatchQuery.of("Marshal Kim Jong Un")).score()).isGreaterThan(0.95);
  }

  @Test
  void search_kindFilter_excludesOtherKinds() {
    assertThat(INDEX.search(MatchQuery.of("Chon Ma San").withKind(EntityKind.PERSON), 5, 0.0))
        .isEmpty();
  }

  @Test
  void search_fittingBirthDate_raisesTheScoreAndAConflictLowersIt() {
    MatchQuery query = MatchQuery.of("Kim Jong Un Song");
    double nameOnly = top(query).score();

    double fitting = top(query.withBirthDate(new BirthDate.Year(1984, false))).score();
    double conflicting = top(query.withBirthDate(new BirthDate.Year(1990, false))).score();

    assertThat(fitting).isGreaterThan(nameOnly);
    assertThat(conflicting).isLessThan(nameOnly);
  }

  @Test
  void search_conflictingNationality_lowersTheScoreAndSaysWhy() {
    Match match = top(MatchQuery.of("Ri Un Song").withCountry("CN"));

    assertThat(match.score()).isEqualTo(0.95);
    assertThat(match.breakdown().explain())
        .endsWith("; nationality -0.05 (CN is not among the listed KP); score 0.95");
  }

  @Test
  void search_organizationWithOtherLegalForm_matchesAboveTheThreshold() {
    Match match = top(MatchQuery.of("Korea Ryonbong General Co., Ltd."));

    assertThat(match.entity().kind()).isEqualTo(EntityKind.ORGANIZATION);
    assertThat(match.score()).isGreaterThanOrEqualTo(Screening.DEFAULT_THRESHOLD);
  }

  @Test
  void search_arabicScript_meetsTheLatinListing() {
    Match match = top(MatchQuery.of("معمر القذافي"));

    assertThat(match.entity().ref().sourceId()).isEqualTo("LYi.011");
  }

  @Test
  void search_unrelatedName_hasNoHitAboveTheFloor() {
    assertThat(INDEX.search(MatchQuery.of("Jane Doe"), 5, 0.5)).isEmpty();
  }
}
