package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.names.NameNormalizer;
import org.sanctionsengine.testing.Entities;

/**
 * Issue 12: names written in another script than the list's, and the particles of Arabic names,
 * meet their listed Latin spelling.
 */
class OtherScriptsTest {
  private static final NameNormalizer NORMALIZER = NameNormalizer.create();
  private static final NameIndex INDEX =
      NameIndex.build(
          List.of(
              Entities.person("DEIF, Muhammed").id("deif").build(),
              Entities.person("BIN LADEN, Osama").id("ubl").build(),
              Entities.person("PAPADOPOULOS, Giannis").id("gp").build(),
              Entities.person("YAMADA, Taro").id("ty").build(),
              Entities.person("SMITH, John").id("js").build()),
          NORMALIZER);

  private static double score(String query, String id) {
    return EntityScores.score(INDEX, query, id, 0.82);
  }

  @Test
  void hebrew_isComparedByItsConsonants() {
    assertThat(NORMALIZER.normalize("מוחמד דף").text()).isEqualTo("mwhmd dp");
    assertThat(score("מוחמד דף", "deif")).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void greek_isReadInTheUnRomanization() {
    assertThat(NORMALIZER.normalize("Γιάννης Παπαδόπουλος").text())
        .isEqualTo("giannis papadopoulos");
    assertThat(score("Γιάννης Παπαδόπουλος", "gp")).isEqualTo(1.0);
  }

  @Test
  void kana_writesLongVowelsOnce_asTheListsDo() {
    assertThat(NORMALIZER.normalize("やまだ たろう").text()).isEqualTo("yamada taro");
    assertThat(score("ヤマダ タロウ", "ty")).isEqualTo(1.0);
  }

  @Test
  void bin_ibn_ben_areOneParticle() {
    assertThat(score("Osama ben Laden", "ubl")).isEqualTo(1.0);
    assertThat(score("Osama ibn Laden", "ubl")).isEqualTo(1.0);
  }

  @Test
  void ben_beginningAName_isAGivenName() {
    assertThat(NORMALIZER.normalize("Ben Smith").normalTokens()).hasSize(2);
    assertThat(score("Ben Smith", "js")).isLessThan(0.82);
  }
}
