package org.sanctionsengine.input;

import org.sanctionsengine.SanctionsException;

/**
 * A value a user gave (a flag, a CSV cell, a request field) is not acceptable: an unknown country
 * code, a malformed HS code, a date in the wrong format. The message names the value, what was
 * expected and what to do.
 */
public class InvalidInputException extends SanctionsException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message) {
    super(message);
  }
}
