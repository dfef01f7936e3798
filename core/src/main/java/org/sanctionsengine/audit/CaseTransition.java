package org.sanctionsengine.audit;

/**
 * One step to store: the case as it was when the step was decided, and as it is after. The store
 * applies it only if the case is still in {@code before}'s state, so two reviewers acting at once
 * cannot both win.
 *
 * @param before the case the step was decided on
 * @param after the case with the step applied (one more event)
 */
public record CaseTransition(Case before, Case after) {
  public CaseTransition {
    if (before.id() != after.id() || after.events().size() != before.events().size() + 1) {
      throw new IllegalArgumentException(
          "a transition adds one event to one case: " + before + " -> " + after);
    }
  }

  public long caseId() {
    return after.id();
  }

  public CaseState from() {
    return before.state();
  }

  public CaseState to() {
    return after.state();
  }

  /** The step itself: the last event of {@code after}. */
  public CaseEvent event() {
    return after.lastEvent();
  }
}
