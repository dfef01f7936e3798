package org.sanctionsengine.cli;

import java.util.function.BooleanSupplier;
import org.sanctionsengine.SanctionsException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into a message on stderr and an exit code. The engine's
 * own exceptions already say what to do; anything else is a bug, reported as such. Stack traces
 * only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
  private final BooleanSupplier verbose;

  ErrorReporter(BooleanSupplier verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    if (failure instanceof SanctionsException) {
      err.println("sanctions: " + failure.getMessage());
    } else if (failure instanceof java.io.IOException
        || failure instanceof java.io.UncheckedIOException) {
      err.println("sanctions: I/O error: " + failure.getMessage());
    } else {
      err.println(
          "sanctions: internal error ("
              + failure.getClass().getSimpleName()
              + "): "
              + failure.getMessage()
              + ". This is a bug; please report it with the output of --verbose.");
    }
    if (verbose.getAsBoolean()) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.forException(failure);
  }
}
