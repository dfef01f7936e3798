package org.sanctionsengine.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.sanctionsengine.input.InvalidInputException;

/** The documented exit codes of the {@code sanctions} tool (see {@code sanctions --help}). */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int USAGE = 2;
  static final int INVALID_INPUT = 3;
  static final int DATA_ERROR = 4;
  static final int IO_ERROR = 5;

  /** {@code audit verify} found altered, reordered, removed or added entries. */
  static final int CHAIN_BROKEN = 8;

  private ExitCodes() {}

  static int forException(Throwable failure) {
    if (failure instanceof InvalidInputException) {
      return INVALID_INPUT;
    }
    if (failure instanceof IOException || failure instanceof UncheckedIOException) {
      return IO_ERROR;
    }
    if (failure instanceof org.sanctionsengine.SanctionsException) {
      return DATA_ERROR;
    }
    return INTERNAL_ERROR;
  }
}
