package org.sanctionsengine.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert under review, with its whole history. Immutable: each step returns the next case.
 *
 * @param id the store's id
 * @param alert what raised the case
 * @param state where it stands
 * @param events its history, oldest first; the first is always {@link CaseAction#OPENED}
 */
public record Case(long id, Alert alert, CaseState state, List<CaseEvent> events) {
  public Case {
    events = List.copyOf(events);
    if (events.isEmpty() || events.get(0).action() != CaseAction.OPENED) {
      throw new IllegalArgumentException("a case's history starts with its opening: " + events);
    }
  }

  /** Sends the case to a senior reviewer: from open, or when a proposed clearance is disputed. */
  public Case escalate(Reviewer reviewer, String reason, Instant at) {
    requireState(CaseAction.ESCALATED, List.of(CaseState.OPEN, CaseState.CLEARANCE_PROPOSED));
    return next(CaseState.ESCALATED, new CaseEvent(CaseAction.ESCALATED, reviewer, at, reason));
  }

  /** A first reviewer finds the hit a false positive; a second one must confirm. */
  public Case proposeClearance(Reviewer reviewer, String reason, Instant at) {
    requireState(CaseAction.CLEARANCE_PROPOSED, List.of(CaseState.OPEN, CaseState.ESCALATED));
    return next(
        CaseState.CLEARANCE_PROPOSED,
        new CaseEvent(CaseAction.CLEARANCE_PROPOSED, reviewer, at, reason));
  }

  /** Four eyes: a reviewer other than the one who proposed the clearance confirms it. */
  public Case confirmClearance(Reviewer reviewer, String reason, Instant at) {
    requireState(CaseAction.CLEARANCE_CONFIRMED, List.of(CaseState.CLEARANCE_PROPOSED));
    Reviewer proposer = proposer();
    if (proposer.isSamePersonAs(reviewer)) {
      throw new CaseTransitionException(
          "Case "
              + id
              + ": "
              + proposer
              + " proposed this clearance and cannot also confirm it; a clearance needs a second,"
              + " different reviewer (four eyes). Ask another reviewer to confirm it (`sanctions"
              + " cases confirm "
              + id
              + " --reviewer NAME --reason TEXT`, or POST /api/cases/"
              + id
              + "/confirm with their own key).");
    }
    return next(
        CaseState.CLEARED, new CaseEvent(CaseAction.CLEARANCE_CONFIRMED, reviewer, at, reason));
  }

  /** The reviewer of the latest clearance proposal. */
  public Reviewer proposer() {
    for (int i = events.size() - 1; i >= 0; i--) {
      if (events.get(i).action() == CaseAction.CLEARANCE_PROPOSED) {
        return events.get(i).reviewer();
      }
    }
    throw new IllegalStateException("case " + id + " has no clearance proposal");
  }

  /** The latest event. */
  public CaseEvent lastEvent() {
    return events.get(events.size() - 1);
  }

  private void requireState(CaseAction action, List<CaseState> allowed) {
    if (!allowed.contains(state)) {
      throw new CaseTransitionException(
          "Case "
              + id
              + " is "
              + state.code()
              + ", so it cannot be "
              + action.code()
              + ": that needs a case that is "
              + String.join(" or ", allowed.stream().map(CaseState::code).toList())
              + ". See its history with `sanctions cases show "
              + id
              + "` or GET /api/cases/"
              + id
              + ".");
    }
  }

  private Case next(CaseState nextState, CaseEvent event) {
    List<CaseEvent> history = new ArrayList<>(events);
    history.add(event);
    return new Case(id, alert, nextState, history);
  }
}
