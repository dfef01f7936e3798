package org.sanctionsengine.audit;

import org.sanctionsengine.input.InvalidInputException;

/**
 * A hit worth a reviewer's look: a customer matched a list entry at or above the threshold.
 *
 * @param customerId the customer's id in the screening institution's books
 * @param listEntryId the list entry hit, as {@code source:entryId}, e.g. {@code un:KPi.066}
 * @param entryVersion the content hash of that list entry as it was when hit; a cleared false
 *     positive stays cleared only while the entry keeps this version
 * @param score the match score that raised the alert
 * @param decisionSequence the audit log entry of the decision that raised it (0 if not logged)
 */
public record Alert(
    String customerId,
    String listEntryId,
    String entryVersion,
    double score,
    long decisionSequence) {
  public Alert {
    requireText("customer id", customerId);
    requireText("list entry id", listEntryId);
    requireText("list entry version", entryVersion);
    if (!Double.isFinite(score) || score < 0) {
      throw new InvalidInputException(
          "Alert score " + score + " is not acceptable: expected a finite number, 0 or more.");
    }
    if (decisionSequence < 0) {
      throw new IllegalArgumentException(
          "decision sequence is never negative: " + decisionSequence);
    }
  }

  private static void requireText(String what, String value) {
    if (value.isBlank() || value.length() > 200 || value.contains("\n")) {
      throw new InvalidInputException(
          "Alert "
              + what
              + " '"
              + value
              + "' is not acceptable: expected 1 to 200 characters on one line.");
    }
  }
}
