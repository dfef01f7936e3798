package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

/**
 * Issue 12: one wrong, doubled or dropped letter in a short Korean syllable still matches when the
 * rest of the name agrees; two such typos are shown for review only.
 */
class KoreanSyllableTypoTest {
  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              Entities.person("KIM JONG UN").id("kju").build(),
              Entities.person("RI PYONG CHOL").id("rpc").build(),
              Entities.person("CHOE RYONG HAE").id("crh").build(),
              Entities.person("Ali HASSAN").id("ah").build(),
              Entities.person("JON IL CHUN").id("jic").build(),
              Entities.person("CH'OE SO'K MIN").id("csm").build()),
          NameNormalizer.create());

  private static double score(String query, String id) {
    return EntityScores.score(INDEX, query, id, 0.82);
  }

  @Test
  void droppedLetter_inAOneSyllableGivenNamePart_matches() {
    assertThat(score("Kim Jon Un", "kju")).isGreaterThanOrEqualTo(0.82);
    assertThat(score("Ri Pyong Cho", "rpc")).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void wrongLetter_inAShortSyllable_matches() {
    assertThat(score("Choe Ryong Hai", "crh")).isGreaterThanOrEqualTo(0.82);
    assertThat(score("Kim Jong Um", "kju")).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void twoSyllableTypos_areBelowTheThreshold() {
    assertThat(score("Kin Jon Un", "kju")).isLessThan(0.82);
  }

  @Test
  void theExplanation_namesTheTypo() {
    Match hit = INDEX.search(MatchQuery.of("Kim Jon Un"), 1, 0.0).get(0);

    assertThat(hit.breakdown().explain()).contains("jon ~ jong (syllable typo 0.60)");
  }

  @Test
  void aNameTypedInHangul_hasNoLetterTypos() {
    // 최민서 is typed syllable by syllable: "so" for 서 is no typo of "sok" (석), another syllable.
    assertThat(score("최민서", "csm")).isLessThan(0.82);
    assertThat(score("Choe Min Sok", "csm")).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void outsideAKoreanName_aShortWordIsNotForgivenATypo() {
    // "Alim" and "Ali" both read as Korean syllables, but "Hassan" does not: not a Korean name.
    assertThat(score("Alim Hassan", "ah")).isLessThan(0.82);
  }
}
