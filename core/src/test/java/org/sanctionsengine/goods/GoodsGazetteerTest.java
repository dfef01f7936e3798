package org.sanctionsengine.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InvalidInputException;

class GoodsGazetteerTest {
  private final GoodsGazetteer gazetteer = GoodsGazetteer.standard();

  @Test
  void entries_coverTheGoodsThatMatter_moreThanEighty() {
    assertThat(gazetteer.entries()).hasSizeGreaterThan(80);
  }

  @Test
  void resolve_caseAndPluralAndApostrophe_findTheSameCode() {
    assertThat(gazetteer.resolve("Whisky").code().dotted()).isEqualTo("2208.30");
    assertThat(gazetteer.resolve("WHISKIES").code().dotted()).isEqualTo("2208.30");
    assertThat(gazetteer.resolve("mens suits").code())
        .isEqualTo(gazetteer.resolve("Men's suit").code());
    assertThat(gazetteer.resolve("refined copper").code().dotted()).isEqualTo("7403.11");
    assertThat(gazetteer.resolve("frozen shrimps").code().dotted()).isEqualTo("0306.17");
    assertThat(gazetteer.resolve("Trucks").code().dotted()).isEqualTo("8704");
  }

  @Test
  void resolve_suits_isAmbiguousListingBothCandidates() {
    assertThatThrownBy(() -> gazetteer.resolve("suits"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Ambiguous goods description 'suits': it may mean 6203.11 (men's or boys' suits"
                + " (woven)) or 6204.11 (women's or girls' suits (woven)). Give the HS code with"
                + " --hs, or a more precise description.");
  }

  @Test
  void resolve_unknownWords_isRefusedWithTheWholeMessage() {
    assertThatThrownBy(() -> gazetteer.resolve("moon rocks"))
        .hasMessage(
            "Unknown goods description 'moon rocks': it is not in the goods gazetteer (e.g."
                + " 'whisky', 'men's suits', 'diesel', 'refined copper', 'coal'). Give the HS code"
                + " with --hs instead.");
  }
}
