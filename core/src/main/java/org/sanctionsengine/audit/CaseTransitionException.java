package org.sanctionsengine.audit;

import org.sanctionsengine.input.InvalidInputException;

/**
 * A reviewer asked for a step the case does not allow: confirming one's own clearance (four eyes),
 * clearing a case twice, acting on a case that does not exist.
 */
public class CaseTransitionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  public CaseTransitionException(String message) {
    super(message);
  }
}
