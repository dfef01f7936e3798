package org.sanctionsengine.names;

import org.sanctionsengine.input.InvalidInputException;

/**
 * A name cannot be screened: it is empty, has no letters or digits, is longer than the limit or
 * holds a control character. The message says which, where and what to do.
 */
public class InvalidNameException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public InvalidNameException(String message) {
    super(message);
  }
}
