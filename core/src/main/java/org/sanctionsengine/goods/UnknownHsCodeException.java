package org.sanctionsengine.goods;

import org.sanctionsengine.input.InvalidInputException;

/**
 * An HS code that is well formed but names nothing in HS 2022 (an unknown chapter such as 77 or
 * 98), or a code that is not an HS code at all. The message says what to give instead.
 */
public class UnknownHsCodeException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public UnknownHsCodeException(String message) {
    super(message);
  }
}
