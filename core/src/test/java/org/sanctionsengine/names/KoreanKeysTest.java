package org.sanctionsengine.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanKeysTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "김; kim gim",
        "리/이; ri lee yi rhee i li",
        "박; pak park bak",
        "최; choe choi chwe",
        "정; jong jeong chung cheong chong",
        "조; jo cho",
        "강; kang gang",
        "윤; yun yoon",
        "문; mun moon",
        "오; o oh",
        "류/유; ryu yu yoo ryoo lyu",
        "임/림; im rim lim",
        "신; sin shin",
        "노/로; no noh ro roh",
        "안; an ahn",
        "황; hwang whang",
        "권; kwon gwon kweon",
        "은; un eun",
        "영; yong yeong young",
        "경; kyong kyeong kyung kyoung",
        "철; chol cheol chul",
        "혁; hyok hyeok hyuk"
      })
  void of_spellingsOfOneSyllable_shareAKey(String syllable, String spellings) {
    List<Set<String>> keys = List.of(spellings.split(" ")).stream().map(KoreanKeys::of).toList();
    Set<String> first = keys.get(0);
    assertThat(keys).allSatisfy(key -> assertThat(key).containsAnyElementsOf(first));
  }

  @Test
  void of_westernName_hasNoKey() {
    assertThat(KoreanKeys.of("smith")).isEmpty();
    assertThat(KoreanKeys.of("john")).isEmpty();
  }

  @Test
  void of_joinedGivenName_hasTheKeyOfBothReadings() {
    // "jongun" reads as jong-un (정은) or jon-gun (전군): both keys are kept.
    assertThat(KoreanKeys.of("jongun")).contains("ko:JONGUN", "ko:JONKUN");
    assertThat(KoreanKeys.of("jeongeun")).contains("ko:JONGUN", "ko:JONKUN");
  }

  @Test
  void of_differentSyllables_doNotMeet() {
    assertThat(KoreanKeys.of("kim")).doesNotContainAnyElementsOf(KoreanKeys.of("pak"));
    assertThat(KoreanKeys.of("jong")).doesNotContainAnyElementsOf(KoreanKeys.of("jang"));
  }

  @Test
  void of_tooLongText_hasNoKey() {
    assertThat(KoreanKeys.of("kimkimkimkimkimkimkimkimkim")).isEmpty();
  }
}
