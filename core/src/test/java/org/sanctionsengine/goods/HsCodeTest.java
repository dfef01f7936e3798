package org.sanctionsengine.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HsCodeTest {
  @Test
  void parse_dottedAndPlainSpellings_giveTheSameCode() {
    assertThat(HsCode.parse("7403.11")).isEqualTo(HsCode.parse("740311"));
    assertThat(HsCode.parse("2710.19.43").digits()).isEqualTo("27101943");
    assertThat(HsCode.parse("740311").dotted()).isEqualTo("7403.11");
  }

  @Test
  void parse_oddNumberOfDigits_isRefusedWithTheWholeMessage() {
    assertThatThrownBy(() -> HsCode.parse("74031"))
        .isInstanceOf(UnknownHsCodeException.class)
        .hasMessage(
            "Malformed HS code '74031': expected 2, 4, 6, 8 or 10 digits, optionally with dots"
                + " (e.g. '27', '2710', '7403.11' or '740311'), found 5 digits. Check the code, or"
                + " describe the goods with --description instead.");
  }

  @Test
  void parse_letters_areRefused() {
    assertThatThrownBy(() -> HsCode.parse("74AB"))
        .hasMessageContaining("found characters other than digits");
  }

  @Test
  void require_unknownChapter_isRefusedWithTheWholeMessage() {
    assertThatThrownBy(() -> HsChapters.parseKnown("9801"))
        .isInstanceOf(UnknownHsCodeException.class)
        .hasMessage(
            "Unknown HS code '9801': chapter 98 does not exist (HS 2022 has chapters 01 to 97"
                + " only). Check the code against the HS 2022 nomenclature, or describe the goods"
                + " with --description.");
  }

  @Test
  void name_everyChapterOfHs2022_isKnownExceptReserved77() {
    for (int chapter = 1; chapter <= 97; chapter++) {
      assertThat(HsChapters.name(chapter).isPresent()).isEqualTo(chapter != 77);
    }
    assertThat(HsChapters.name(74)).contains("Copper and articles thereof");
  }

  @Test
  void covers_chapterCoversSubheading_butNotTheOtherWay() {
    assertThat(HsCode.parse("74").covers(HsCode.parse("740311"))).isTrue();
    assertThat(HsCode.parse("740311").covers(HsCode.parse("74"))).isFalse();
  }

  @Test
  void coverage_queryBroaderThanScope_isPartial() {
    HsScope scope = new HsScope(java.util.List.of(HsRange.parse("2710")), java.util.List.of());

    assertThat(scope.coverage(HsCode.parse("27"))).isEqualTo(Coverage.PARTIAL);
    assertThat(scope.coverage(HsCode.parse("271019"))).isEqualTo(Coverage.FULL);
    assertThat(scope.coverage(HsCode.parse("2709"))).isEqualTo(Coverage.NONE);
  }

  @Test
  void coverage_exclusionInsideQuery_isPartialAndExcludedCodeIsNone() {
    HsScope scope =
        new HsScope(
            java.util.List.of(HsRange.parse("84")), java.util.List.of(HsRange.parse("8471")));

    assertThat(scope.coverage(HsCode.parse("84"))).isEqualTo(Coverage.PARTIAL);
    assertThat(scope.coverage(HsCode.parse("847130"))).isEqualTo(Coverage.NONE);
    assertThat(scope.coverage(HsCode.parse("8470"))).isEqualTo(Coverage.FULL);
  }
}
