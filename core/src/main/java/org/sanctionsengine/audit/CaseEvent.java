package org.sanctionsengine.audit;

import java.time.Instant;
import org.sanctionsengine.input.InvalidInputException;

/**
 * One step in a case's history.
 *
 * @param action what was done
 * @param reviewer who did it ({@link Reviewer#ENGINE} for opening)
 * @param at when (microsecond precision)
 * @param reason why, in the reviewer's words (1 to 2,000 characters)
 */
public record CaseEvent(CaseAction action, Reviewer reviewer, Instant at, String reason) {
  public CaseEvent {
    reason = reason.strip();
    at = AuditChain.truncate(at);
    if (reason.isEmpty() || reason.length() > 2000) {
      throw new InvalidInputException(
          "A reason is required for '"
              + action.code()
              + "' (1 to 2,000 characters), found "
              + reason.length()
              + " characters. Say why, e.g. --reason \"date of birth differs from the listed"
              + " person\".");
    }
  }
}
