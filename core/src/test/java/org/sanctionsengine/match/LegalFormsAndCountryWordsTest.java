package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

/**
 * Issue 12: legal forms abbreviated, expanded, joined and translated meet; country adjectives meet
 * their nouns; a different legal form lowers the score but never hides a hit.
 */
class LegalFormsAndCountryWordsTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();
  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              Entities.organization("KOREA KWANGSON BANKING CORP"),
              Entities.organization("Siemens Aktiengesellschaft"),
              Entities.organization("Sinopec Trading Company Limited"),
              Entities.organization("OOO Stroygazmontazh"),
              Entities.organization("Iran Shipping Lines")),
          NORMALIZER);

  private static double score(String query, String id) {
    return EntityScores.score(INDEX, query, id, 0.82);
  }

  @Test
  void abbreviatedAndExpandedLegalForms_meetExactly() {
    assertThat(score("Korea Kwangson Banking Corporation", "TEST-KOREA KWANGSON BANKING CORP"))
        .isEqualTo(1.0);
    assertThat(score("Sinopec Trading Co Ltd", "TEST-Sinopec Trading Company Limited"))
        .isEqualTo(1.0);
    assertThat(score("Sinopec Trading Co., Ltd.", "TEST-Sinopec Trading Company Limited"))
        .isEqualTo(1.0);
  }

  @Test
  void translatedAndTransliteratedLegalForms_meet() {
    assertThat(score("Siemens AG", "TEST-Siemens Aktiengesellschaft")).isEqualTo(1.0);
    assertThat(
            score(
                "Общество с ограниченной ответственностью Стройгазмонтаж",
                "TEST-OOO Stroygazmontazh"))
        .isGreaterThanOrEqualTo(0.82);
    assertThat(score("ООО Стройгазмонтаж", "TEST-OOO Stroygazmontazh"))
        .isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void theRussianLlc_meetsTheEnglishOne() {
    assertThat(score("LLC Stroygazmontazh", "TEST-OOO Stroygazmontazh")).isEqualTo(1.0);
  }

  @Test
  void aLegalFormJoinedToTheName_isSplitOff() {
    assertThat(score("SiemensAG", "TEST-Siemens Aktiengesellschaft")).isEqualTo(1.0);
    assertThat(NORMALIZER.normalize("SiemensAG", EntityKind.ORGANIZATION).text())
        .isEqualTo("siemens ag");
    // Capitals throughout give no sign of where a word ends: NASA is not "N AS A".
    assertThat(NORMALIZER.normalize("NASA", EntityKind.ORGANIZATION).text()).isEqualTo("nasa");
  }

  @Test
  void countryAdjectives_meetTheirNouns() {
    assertThat(score("Korean Kwangson Banking Corporation", "TEST-KOREA KWANGSON BANKING CORP"))
        .isEqualTo(1.0);
    assertThat(score("Iranian Shipping Lines", "TEST-Iran Shipping Lines")).isEqualTo(1.0);
  }

  @Test
  void aDifferentLegalForm_lowersTheScoreButNeverHidesTheHit() {
    double other = score("Korea Kwangson Banking GmbH", "TEST-KOREA KWANGSON BANKING CORP");

    assertThat(other).isGreaterThanOrEqualTo(0.82).isLessThan(1.0);
  }

  @Test
  void peoplesNames_keepTheirWords() {
    // "Co" and "Corporation" are not legal forms in a person's name.
    assertThat(NORMALIZER.normalize("Ann Company", EntityKind.PERSON).text())
        .isEqualTo("ann company");
  }

  @Test
  void normalizingTwice_changesNothing() {
    String once =
        NORMALIZER.normalize("Korean Trading Corporation Limited", EntityKind.ORGANIZATION).text();

    assertThat(NORMALIZER.normalize(once, EntityKind.ORGANIZATION).text()).isEqualTo(once);
  }
}
