package org.sanctionsengine.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sanctions} command: the root that holds the subcommands. Each subcommand is one class;
 * errors are translated to messages and exit codes once, in {@link ErrorReporter}.
 */
@Command(
    name = "sanctions",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Sanctions Engine: screen transactions and parties against sanctions regimes.",
    subcommands = {
      DemoCommand.class,
      CheckCommand.class,
      ListsCommand.class,
      AuditCommand.class,
      StoreCommand.class,
      CasesCommand.class,
      ScenarioCommand.class,
      PortfolioCommand.class,
      ScreenCommand.class,
      ServeCommand.class,
      KeysCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  done (for check: a decision was printed, whatever it is)",
      "  1  internal error (a bug: please report it with --verbose output)",
      "  2  usage error: unknown command or option, missing argument",
      "  3  invalid input: a value or file the command cannot accept; a batch with refused rows",
      "  4  data error: regime data, list snapshot or store unusable",
      "  5  I/O error: a file or the network could not be read or written",
      "  8  audit verify found the audit chain broken (see docs/audit.md)"
    })
public final class SanctionsCommand {

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces with errors.")
  boolean verbose;

  public static void main(String[] args) {
    // UTF-8 whatever the platform default: list names are in Hangul, Cyrillic, Arabic ...
    var out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    var err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /**
   * Runs the tool with the given streams and returns its exit code; tests call this directly.
   * Untrusted text (names, file contents, arguments) reaches both streams, so both go through a
   * {@link TerminalSafeWriter}.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    SanctionsCommand root = new SanctionsCommand();
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(new PrintWriter(new TerminalSafeWriter(out), true));
    commandLine.setErr(new PrintWriter(new TerminalSafeWriter(err), true));
    commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
    commandLine.setExecutionExceptionHandler(new ErrorReporter(() -> root.verbose));
    commandLine.setParameterExceptionHandler(new UsageErrorReporter());
    return commandLine.execute(args);
  }
}
