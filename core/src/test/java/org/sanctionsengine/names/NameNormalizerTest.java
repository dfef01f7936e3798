package org.sanctionsengine.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsengine.names.Names.NORMALIZER;
import static org.sanctionsengine.names.Names.kinds;
import static org.sanctionsengine.names.Names.meetTokenByToken;
import static org.sanctionsengine.names.Names.normalize;
import static org.sanctionsengine.names.Names.texts;
import static org.sanctionsengine.names.TokenKind.INITIAL;
import static org.sanctionsengine.names.TokenKind.NORMAL;
import static org.sanctionsengine.names.TokenKind.WEAK;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Script;

class NameNormalizerTest {

  @Test
  void normalize_hangulName_writesDprkSpellingSyllableBySyllable() {
    NormalizedName name = normalize("김정은");

    assertThat(texts(name)).containsExactly("kim", "jong", "un");
    assertThat(name.scripts()).containsExactly(Script.HANGUL);
    assertThat(name.original()).isEqualTo("김정은");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Kim Jong Un", "Kim Jong-un", "KIM JONG-UN", "Gim Jeong-eun", "Kim Chŏng-ŭn"})
  void normalize_romanizationsOfKimJongUn_meetTheHangulForm(String spelling) {
    assertThat(meetTokenByToken(normalize(spelling), normalize("김정은"))).isTrue();
  }

  @Test
  void normalize_joinedGivenName_meetsTheSplitOneThroughJoinedPairs() {
    NameToken joined = normalize("Kim Jongun").tokens().get(1);
    NormalizedName split = normalize("Kim Jong Un");

    assertThat(joined.text()).isEqualTo("jongun");
    assertThat(split.joinedPairs())
        .anySatisfy(pair -> assertThat(Names.meet(joined, pair)).isTrue());
    assertThat(normalize("Gim Jeongeun").tokens().get(1).sharesKeyWith(joined)).isTrue();
  }

  @Test
  void normalize_koreanNameInChineseCharacters_meetsItsKoreanReading() {
    NormalizedName han = normalize("金正恩");

    assertThat(texts(han)).containsExactly("jin", "zheng", "en");
    assertThat(han.tokens().get(0).readings()).contains("kim");
    assertThat(meetTokenByToken(han, normalize("Kim Jong Un"))).isTrue();
  }

  @Test
  void normalize_simplifiedCharacters_findTheirKoreanReading() {
    // UN list KPi.035: KIM CHOL SAM, alias "Jin Tiesan (金铁三)".
    assertThat(meetTokenByToken(normalize("金铁三"), normalize("Kim Chol Sam"))).isTrue();
  }

  @Test
  void normalize_cyrillic_transliteratesToCommonListSpelling() {
    NormalizedName name = normalize("Муаммар Каддафи");

    assertThat(texts(name)).containsExactly("muammar", "kaddafi");
    assertThat(name.scripts()).containsExactly(Script.CYRILLIC);
  }

  @Test
  void normalize_arabic_meetsLatinSpellingsThroughSkeletons() {
    NormalizedName arabic = normalize("معمر القذافي");

    assertThat(texts(arabic)).containsExactly("mmr", "al", "qdhafy");
    assertThat(kinds(arabic)).containsExactly(NORMAL, WEAK, NORMAL);
    NameToken qadhafi = normalize("Muammar Qadhafi").tokens().get(1);
    NameToken gaddafi = normalize("Muammar Gaddafi").tokens().get(1);
    assertThat(arabic.tokens().get(2).sharesKeyWith(qadhafi)).isTrue();
    assertThat(arabic.tokens().get(2).sharesKeyWith(gaddafi)).isTrue();
    assertThat(arabic.tokens().get(0).sharesKeyWith(normalize("Muammar").tokens().get(0))).isTrue();
  }

  @Test
  void normalize_caseAndWidth_foldIndependentlyOfLocale() {
    assertThat(normalize("İLHAN ılhan ＫＩＭ").text()).isEqualTo("ilhan ilhan kim");
  }

  @Test
  void normalize_diacriticsAndLigatures_becomeAscii() {
    assertThat(normalize("José Núñez Straße Øresund").text())
        .isEqualTo("jose nunez strasse oresund");
  }

  @Test
  void normalize_apostrophesOfMcCuneReischauer_areRemovedWithoutSplitting() {
    // UN list KPi.013 CHOE CHUN-SIK, alias "Ch’oe Ch’un Sik"; KPi.008 RA KY'ONG-SU.
    assertThat(normalize("Ch’oe Ch’un Sik").text()).isEqualTo("choe chun sik");
    assertThat(normalize("RA KY'ONG-SU").text()).isEqualTo("ra kyong su");
  }

  @Test
  void normalize_personsTitles_areDroppedWherever() {
    assertThat(NORMALIZER.normalize("Marshal Kim Jong Un", EntityKind.PERSON).text())
        .isEqualTo("kim jong un");
    assertThat(NORMALIZER.normalize("Abdul Qadeer Khan, Dr.", EntityKind.PERSON).text())
        .isEqualTo("abdul qadeer khan");
    assertThat(NORMALIZER.normalize("김정은 동지", EntityKind.PERSON).text()).isEqualTo("kim jong un");
  }

  @Test
  void normalize_partyOfUnknownKind_keepsTitlesAsWeakTokens() {
    NormalizedName name = normalize("Marshal Kim Jong Un");

    assertThat(texts(name)).containsExactly("marshal", "kim", "jong", "un");
    assertThat(kinds(name)).containsExactly(WEAK, NORMAL, NORMAL, NORMAL);
  }

  @Test
  void normalize_nameOfTitlesOnly_keepsThem() {
    assertThat(normalize("General").text()).isEqualTo("general");
  }

  @Test
  void normalize_organization_keepsTitleWordsAndWeighsLegalFormsLittle() {
    NormalizedName name =
        NORMALIZER.normalize("General Bureau of Atomic Energy Co., Ltd.", EntityKind.ORGANIZATION);

    assertThat(texts(name))
        .containsExactly("general", "bureau", "of", "atomic", "energy", "co", "ltd");
    assertThat(kinds(name)).containsExactly(WEAK, NORMAL, WEAK, NORMAL, NORMAL, WEAK, WEAK);
  }

  @Test
  void normalize_person_hasNoLegalForms() {
    assertThat(kinds(NORMALIZER.normalize("Kim Sa Co", EntityKind.PERSON)))
        .containsExactly(NORMAL, NORMAL, NORMAL);
  }

  @Test
  void normalize_legalFormsInOtherScripts_areWeak() {
    // UN list KPe.055 CHANG AN SHIPPING & TECHNOLOGY, alias 長安海連技術有限公司.
    NormalizedName chinese = normalize("長安海連技術有限公司");
    NormalizedName korean = normalize("주식회사 조선무역");
    NormalizedName russian = normalize("ООО Ромашка");

    assertThat(chinese.tokens().get(chinese.tokens().size() - 1).kind()).isEqualTo(WEAK);
    // 주식회사 is read as the "Co., Ltd." of Korean companies' English names (issue 12).
    assertThat(texts(korean)).containsExactly("co", "ltd", "jo", "son", "mu", "yok");
    assertThat(kinds(korean)).startsWith(WEAK, WEAK, NORMAL);
    assertThat(kinds(russian)).containsExactly(WEAK, NORMAL);
  }

  @Test
  void normalize_dottedAbbreviation_isLegalFormOrInitials() {
    assertThat(kinds(normalize("Ansan S.A."))).containsExactly(NORMAL, WEAK);
    NormalizedName initials = normalize("J.R. Smith");
    assertThat(texts(initials)).containsExactly("j", "r", "smith");
    assertThat(kinds(initials)).containsExactly(INITIAL, INITIAL, NORMAL);
  }

  @Test
  void normalize_mixedScripts_splitIntoWordsOfOneScript() {
    NormalizedName name = normalize("Jin Tiesan (金铁三)");

    assertThat(texts(name)).containsExactly("jin", "tiesan", "jin", "tie", "san");
    assertThat(name.scripts()).isEqualTo(Set.of(Script.LATIN, Script.HAN));
  }

  @Test
  void normalize_invisibleFormatCharacters_areIgnored() {
    assertThat(normalize("Kim\u200B Jong\u00ADUn\uFEFF").text()).isEqualTo("kim jongun");
  }
}
