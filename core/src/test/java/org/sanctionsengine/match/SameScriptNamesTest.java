package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

/**
 * Issue 12: two names in the same non-Latin script are compared in that script first; romanization
 * keys cross scripts but do not merge distinct names inside one.
 */
class SameScriptNamesTest {
  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              Entities.person("김정은").id("hangul").build(),
              Entities.person("金正恩").id("han").build(),
              Entities.person("KIM JONG UN").id("latin").build()),
          NameNormalizer.create());

  private static double score(String query, String id) {
    return EntityScores.score(INDEX, query, id, 0.0);
  }

  @Test
  void hangulAgainstHangul_aDifferentSyllableIsADifferentName() {
    // 김종은 and 김정은 both romanize to "Kim Jong Un" in McCune–Reischauer without breves.
    assertThat(score("김종은", "hangul")).isLessThan(0.72);
    assertThat(score("김정은", "hangul")).isEqualTo(1.0);
  }

  @Test
  void hanAgainstHan_aDifferentCharacterIsADifferentName() {
    assertThat(score("金正银", "han")).isLessThan(0.72);
    assertThat(score("金正恩", "han")).isEqualTo(1.0);
  }

  @Test
  void acrossScripts_romanizationStillMeets() {
    assertThat(score("김정은", "latin")).isGreaterThanOrEqualTo(0.82);
    assertThat(score("Kim Jong Un", "hangul")).isGreaterThanOrEqualTo(0.82);
    assertThat(score("金正恩", "latin")).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void theExplanation_saysTheNamesWereComparedInHangul() {
    Match hit =
        INDEX.search(MatchQuery.of("김종은"), 10, 0.0).stream()
            .filter(h -> h.entity().ref().sourceId().equals("hangul"))
            .findFirst()
            .orElseThrow();

    assertThat(hit.breakdown().explain())
        .contains("compared in Hangul: 김종은 against 김정은, 2 of 3 syllables in common");
  }

  @Test
  void hangulWithSpacesOrAHyphen_isTheSameName() {
    assertThat(score("김 정은", "hangul")).isEqualTo(1.0);
  }
}
