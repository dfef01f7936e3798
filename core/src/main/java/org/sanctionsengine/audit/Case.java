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

  /** Sends the case to a senior reviewer: from open, or when a proposed disposition is disputed. */
  public Case escalate(Reviewer reviewer, String reason, Instant at) {
    return step(
        CaseAction.ESCALATED,
        List.of(CaseState.OPEN, CaseState.CLEARANCE_PROPOSED, CaseState.MATCH_PROPOSED),
        new CaseEvent(CaseAction.ESCALATED, reviewer, at, reason));
  }

  /** A first reviewer finds the hit a false positive; a second one must confirm. */
  public Case proposeClearance(Reviewer reviewer, String reason, Instant at) {
    return step(
        CaseAction.CLEARANCE_PROPOSED,
        List.of(CaseState.OPEN, CaseState.ESCALATED),
        new CaseEvent(CaseAction.CLEARANCE_PROPOSED, reviewer, at, reason));
  }

  /** A first reviewer finds the hit a true match; a second one must confirm. */
  public Case proposeMatch(Reviewer reviewer, String reason, Instant at) {
    return step(
        CaseAction.MATCH_PROPOSED,
        List.of(CaseState.OPEN, CaseState.ESCALATED),
        new CaseEvent(CaseAction.MATCH_PROPOSED, reviewer, at, reason));
  }

  /**
   * Four eyes: a reviewer other than the one who proposed the disposition confirms it, which closes
   * the case as {@code cleared} (a false positive) or {@code confirmed} (a true match). Another
   * person means another key <em>and</em> another holder ({@link Reviewer#isSamePersonAs}).
   */
  public Case confirm(Reviewer reviewer, String reason, Instant at) {
    CaseAction action =
        state == CaseState.MATCH_PROPOSED
            ? CaseAction.MATCH_CONFIRMED
            : CaseAction.CLEARANCE_CONFIRMED;
    requireState(action, List.of(CaseState.CLEARANCE_PROPOSED, CaseState.MATCH_PROPOSED));
    Reviewer proposer = proposer();
    if (proposer.isSamePersonAs(reviewer)) {
      throw new CaseTransitionException(
          "Case "
              + id
              + ": "
              + proposer
              + " proposed this "
              + (action == CaseAction.MATCH_CONFIRMED ? "true match" : "clearance")
              + " and "
              + reviewer
              + " cannot also confirm it: that is the same person (the same key, or holder"
              + " names that differ only in case, invisible characters or look-alike letters)."
              + " It needs a second, different reviewer (four eyes). Ask another reviewer to"
              + " confirm it with their own key (`sanctions cases confirm "
              + id
              + " --key KEY --reason TEXT`, or POST /api/cases/"
              + id
              + "/confirm).");
    }
    return next(action.leadsTo(), new CaseEvent(action, reviewer, at, reason));
  }

  /** The reviewer of the latest proposed disposition (clearance or true match). */
  public Reviewer proposer() {
    for (int i = events.size() - 1; i >= 0; i--) {
      CaseAction action = events.get(i).action();
      if (action == CaseAction.CLEARANCE_PROPOSED || action == CaseAction.MATCH_PROPOSED) {
        return events.get(i).reviewer();
      }
    }
    throw new IllegalStateException("case " + id + " has no proposed disposition");
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

  private Case step(CaseAction action, List<CaseState> allowed, CaseEvent event) {
    requireState(action, allowed);
    return next(action.leadsTo(), event);
  }

  private Case next(CaseState nextState, CaseEvent event) {
    List<CaseEvent> history = new ArrayList<>(events);
    history.add(event);
    return new Case(id, alert, nextState, history);
  }
}
