package org.sanctionsengine.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HangulRomanizerTest {

  @ParameterizedTest(name = "{0} → DPRK {1}, MR {2}, RR {3}")
  @CsvSource({
    "김정은, Kim-Jong-Un, Kim-Chŏng-Ŭn, Gim-Jeong-Eun",
    "리설주, Ri-Sol-Ju, Ri-Sŏl-Chu, Ri-Seol-Ju",
    "최룡해, Choe-Ryong-Hae, Ch'oe-Ryong-Hae, Choe-Ryong-Hae",
    "박봉주, Pak-Pong-Ju, Pak-Pong-Chu, Bak-Bong-Ju",
    "평양, Phyong-Yang, P'yŏng-Yang, Pyeong-Yang",
    "신의주, Sin-Ui-Ju, Shin-Ŭi-Chu, Sin-Ui-Ju"
  })
  void romanize_knownNames_followEachSystemsTables(
      String hangul, String dprk, String mr, String rr) {
    assertThat(HangulRomanizer.romanize(hangul, KoreanRomanization.DPRK, "-"))
        .isEqualToIgnoringCase(dprk);
    assertThat(HangulRomanizer.romanize(hangul, KoreanRomanization.MCCUNE_REISCHAUER, "-"))
        .isEqualToIgnoringCase(mr);
    assertThat(HangulRomanizer.romanize(hangul, KoreanRomanization.REVISED, "-"))
        .isEqualToIgnoringCase(rr);
  }

  @Test
  void romanize_textAroundSyllables_keepsItAsItIs() {
    assertThat(HangulRomanizer.romanize("김 정은 (KJU)", KoreanRomanization.DPRK, ""))
        .isEqualTo("kim jongun (KJU)");
  }

  @Test
  void syllable_notASyllable_throws() {
    assertThatThrownBy(() -> HangulRomanizer.syllable('K', KoreanRomanization.REVISED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a Hangul syllable: U+4b");
  }
}
