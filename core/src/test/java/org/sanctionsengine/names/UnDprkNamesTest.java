package org.sanctionsengine.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctionsengine.names.Names.meetTokenByToken;
import static org.sanctionsengine.names.Names.normalize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Primary names of the UN Security Council's DPRK list (1718 committee, entries KPi.*) and the
 * aliases the same entry gives: every alias that is a spelling of the primary name meets it token
 * by token. Copied from {@code shared/data/un/consolidated.xml} as examples; the file itself is not
 * read here.
 */
class UnDprkNamesTest {

  @ParameterizedTest(name = "{0}: {1} ~ {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "KPi.001 | YUN HO-JIN | Yun Ho-chin",
        "KPi.002 | RI JE-SON | Ri Che-son",
        "KPi.006 | PAEK CHANG-HO | Paek Ch'ang-Ho",
        "KPi.007 | CHANG MYONG-CHIN | Jang Myong-Jin",
        "KPi.008 | RA KY'ONG-SU | Ra Kyung-Su",
        "KPi.008 | RA KY'ONG-SU | Ra Kyong-Su",
        "KPi.012 | MUN CHO'NG-CH'O'L | Mun Chong-Chol",
        "KPi.013 | CHOE CHUN-SIK | Ch’oe Ch’un Sik",
        "KPi.015 | HYON KWANG IL | Hyon Gwang Il",
        "KPi.016 | JANG BOM SU | Jang Pom Su",
        "KPi.018 | JON MYONG GUK | Cho’n Myo’ng-kuk",
        "KPi.021 | KIM JUNG JONG | Kim Chung Chong",
        "KPi.023 | KIM TONG MY’ONG | Kim Tong-Myong",
        "KPi.024 | KIM YONG CHOL | Kim Young-Chol",
        "KPi.024 | KIM YONG CHOL | Kim Young-Cheol",
        "KPi.034 | JO YONG CHOL | Cho Yong Chol",
        "KPi.038 | CHO CHUN RYONG | Jo Chun Ryong",
        "KPi.040 | CHO IL U | Cho Il Woo",
        "KPi.047 | MIN BYONG CHOL | Min Pyo’ng-ch’o’l",
        "KPi.048 | PAEK SE BONG | Paek Se Pong",
        "KPi.050 | PAK TO CHUN | Pak To’-Ch’un",
        "KPi.050 | PAK TO CHUN | Pak Do Chun",
        "KPi.051 | RI JAE IL | RI Chae-Il",
        "KPi.054 | CHOE CHUN YONG | Ch’oe Ch’un-yo’ng",
        "KPi.062 | Pak Il Kyu | Pak Il-Gyu",
        "KPi.064 | CH'OE SO’K MIN | Choe Sok Min",
        "KPi.065 | CHU HYO’K | Ju Hyok",
        "KPi.072 | PAE WON UK | Pae Wo'n-uk",
        "KPi.073 | PAK BONG NAM | Pak Pong-nam",
        "KPi.076 | RI PYONG CHUL | Ri Pyong Chol",
        "KPi.078 | RI U’N SO’NG | Ri Eun Song",
        "KPi.078 | RI U’N SO’NG | Ri Un Song"
      })
  void normalize_aliasSpellingOfPrimaryName_meetsItTokenByToken(
      String reference, String primary, String alias) {
    assertThat(meetTokenByToken(normalize(primary), normalize(alias)))
        .as("%s: %s ~ %s", reference, primary, alias)
        .isTrue();
  }

  @ParameterizedTest(name = "{0}: {1} and {2} are different people")
  @CsvSource(
      delimiter = '|',
      value = {
        "KPi.009/KPi.044 | KIM KWANG-IL | KIM CHOL NAM",
        "KPi.029/KPi.079 | PAK CHUN IL | PAK MUN IL",
        "KPi.033/KPi.053 | RI WON HO | RI YONG MU"
      })
  void normalize_differentListedPeople_doNotMeetTokenByToken(
      String references, String one, String other) {
    assertThat(meetTokenByToken(normalize(one), normalize(other))).isFalse();
  }
}
