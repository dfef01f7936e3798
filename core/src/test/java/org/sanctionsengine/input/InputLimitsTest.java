package org.sanctionsengine.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InputLimitsTest {
  @Test
  void defaults_areSafeAndGenerous() {
    InputLimits limits = InputLimits.defaults();

    assertThat(limits.maxDocumentSize()).isEqualTo(1L << 30);
    assertThat(limits.maxXmlDepth()).isEqualTo(64);
    assertThat(limits.maxEntries()).isEqualTo(5_000_000);
    assertThat(limits.maxStringLength()).isEqualTo(100_000);
  }

  @Test
  void build_limitSetTwice_isRefused() {
    InputLimits.Builder builder = InputLimits.builder().maxXmlDepth(10);

    assertThatThrownBy(() -> builder.maxXmlDepth(20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("--max-xml-depth was already set to 10");
  }

  @Test
  void build_zeroLimit_isRejectedNamingTheOption() {
    assertThatThrownBy(() -> InputLimits.builder().maxEntries(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "The limit `--max-entries` must be a positive number; found 0. Give a number"
                + " above 0 or leave the option out to keep the default.");
  }

  @Test
  void toBuilder_keepsOtherLimits() {
    InputLimits limits =
        InputLimits.builder().maxStringLength(50).build().toBuilder().maxEntries(7).build();

    assertThat(limits.maxStringLength()).isEqualTo(50);
    assertThat(limits.maxEntries()).isEqualTo(7);
  }
}
