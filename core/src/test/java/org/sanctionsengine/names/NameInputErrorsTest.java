package org.sanctionsengine.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionsengine.names.Names.normalize;

import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InvalidInputException;

class NameInputErrorsTest {

  @Test
  void normalize_emptyName_saysWhatToGive() {
    assertThatThrownBy(() -> normalize(""))
        .isInstanceOf(InvalidNameException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Name is empty: expected at least one letter or digit, found nothing. Give the name"
                + " to screen, e.g. \"Kim Jong Un\".");
  }

  @Test
  void normalize_blankName_saysItFoundOnlySpaces() {
    assertThatThrownBy(() -> normalize(" \u3000 "))
        .hasMessage(
            "Name is empty: expected at least one letter or digit, found only spaces. Give the"
                + " name to screen, e.g. \"Kim Jong Un\".");
  }

  @Test
  void normalize_tenThousandCharacters_isRejectedWithTheLimit() {
    assertThatThrownBy(() -> normalize("a".repeat(10_000)))
        .isInstanceOf(InvalidNameException.class)
        .hasMessage(
            "Name is 10,000 characters long: the limit is 1,000 characters (names on sanctions"
                + " lists are under 300). Check that the input holds one name, not a whole record"
                + " or file.");
  }

  @Test
  void normalize_nameAtTheLimit_isAccepted() {
    assertThat(normalize("a".repeat(NameInputChecks.MAX_LENGTH)).tokens()).hasSize(1);
  }

  @Test
  void normalize_controlCharacter_namesItAndItsPosition() {
    assertThatThrownBy(() -> normalize("Kim\u0000Jong Un"))
        .isInstanceOf(InvalidNameException.class)
        .hasMessage(
            "Name contains the control character U+0000 at position 4: names may hold letters,"
                + " digits, spaces and punctuation only. Remove the character (it often comes"
                + " from a broken export or copy) and try again.");
  }

  @Test
  void normalize_tabOrNewline_isAControlCharacterToo() {
    assertThatThrownBy(() -> normalize("Kim Jong Un\n"))
        .hasMessageStartingWith("Name contains the control character U+000A at position 12:");
  }

  @Test
  void normalize_unpairedSurrogate_asksForUtf8() {
    assertThatThrownBy(() -> normalize("Kim \uD800"))
        .hasMessage(
            "Name contains the invalid character U+D800 at position 5: expected well-formed"
                + " Unicode, found an unpaired surrogate or a noncharacter. Check that the input is"
                + " encoded in UTF-8.");
  }

  @Test
  void normalize_onlyPunctuation_saysThereAreNoLetters() {
    assertThatThrownBy(() -> normalize("--- (…) ★"))
        .isInstanceOf(InvalidNameException.class)
        .hasMessage(
            "Name \"--- (…) ★\" has no letters or digits to match on: expected a name such as"
                + " \"Kim Jong Un\", found only punctuation, symbols or marks. Check that the right"
                + " column or argument holds the name.");
  }
}
