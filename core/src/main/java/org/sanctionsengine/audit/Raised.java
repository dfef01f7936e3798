package org.sanctionsengine.audit;

/** What became of an alert handed to {@link CaseQueue#raise}. */
public sealed interface Raised {
  /**
   * The case concerned: the new one, the one already open, the clearance that suppresses, or the
   * confirmed true match.
   */
  Case concerned();

  /**
   * A new case was opened.
   *
   * @param concerned the new case
   */
  record Opened(Case concerned) implements Raised {}

  /**
   * A case for the same customer and entry is still being reviewed; no second one is opened.
   *
   * @param concerned the case under review
   */
  record AlreadyOpen(Case concerned) implements Raised {}

  /**
   * The same customer, entry and entry version were cleared as a false positive: not raised again.
   *
   * @param concerned the cleared case
   */
  record Suppressed(Case concerned) implements Raised {}

  /**
   * The customer was confirmed a true match of this list entry: still flagged, no new case.
   *
   * @param concerned the confirmed case
   */
  record Confirmed(Case concerned) implements Raised {}
}
