package org.sanctionsengine;

/**
 * Root of the engine's own unchecked exceptions. Every message has four parts: what went wrong,
 * where, what was expected against what was found, and what to do next. Each face (CLI, server)
 * translates these once, at its edge; see {@code docs/errors.md}.
 */
public class SanctionsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SanctionsException(String message) {
    super(message);
  }

  public SanctionsException(String message, Throwable cause) {
    super(message, cause);
  }
}
