package org.sanctionsengine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SharedDataTest {
  @Test
  void file_existingSharedFile_resolvesInPlace() {
    assertThat(SharedData.file("hs/sections.csv")).isRegularFile().isAbsolute();
  }

  @Test
  void file_missingFile_failsWithThePath() {
    assertThatThrownBy(() -> SharedData.file("un/no-such-list.xml"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Shared data file missing")
        .hasMessageContaining("no-such-list.xml");
  }
}
