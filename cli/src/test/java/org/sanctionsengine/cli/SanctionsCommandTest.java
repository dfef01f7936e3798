package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SanctionsCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SanctionsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void help_rootCommand_listsExitCodes() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Usage: sanctions").contains("Exit codes:");
  }

  @Test
  void run_unknownCommand_exitsWithUsageError() {
    assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Unmatched argument").contains("sanctions --help");
  }
}
