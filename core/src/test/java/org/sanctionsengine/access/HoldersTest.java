package org.sanctionsengine.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoldersTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "alice\u200B", // zero-width space
        "\u200Dalice", // zero-width joiner
        "al\u00ADice", // soft hyphen
        "\u0430lice", // Cyrillic a
        "ａｌｉｃｅ", // full-width
        "ALICE",
        " alice ",
        "al\u2060ice", // word joiner
        "alic\u0435" // Cyrillic ie
      })
  void identity_lookAlikeOfAlice_isAlice(String lookAlike) {
    assertThat(Holders.identity(lookAlike)).isEqualTo(Holders.identity("alice"));
    assertThat(Holders.isSamePerson(lookAlike, "alice")).isTrue();
  }

  @Test
  void identity_spacesOfAnyKind_areOneSpace() {
    assertThat(Holders.isSamePerson("Alice\u00A0Kim", "alice kim")).isTrue();
    assertThat(Holders.isSamePerson("Alice\u3000\u3000Kim", "alice kim")).isTrue();
  }

  @Test
  void identity_differentPeople_differ() {
    assertThat(Holders.isSamePerson("alice", "alicia")).isFalse();
    assertThat(Holders.isSamePerson("alice", "bob")).isFalse();
    assertThat(Holders.isSamePerson("김정은", "김정일")).isFalse();
  }

  @Test
  void lookAlike_sameSpelling_isNoConflictButAnotherSpellingIs() {
    List<String> existing = List.of("alice", "bob");

    assertThat(Holders.lookAlike("alice", existing)).isEmpty();
    assertThat(Holders.lookAlike("carol", existing)).isEmpty();
    assertThat(Holders.lookAlike("alice\u200B", existing)).contains("alice");
    assertThat(Holders.lookAlike("Bob", existing)).contains("bob");
  }
}
