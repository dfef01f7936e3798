package org.sanctionsengine.audit;

/** What happened to a case. The code is stable: storage and the audit log keep it. */
public enum CaseAction {
  OPENED("opened", CaseState.OPEN),
  ESCALATED("escalated", CaseState.ESCALATED),
  CLEARANCE_PROPOSED("clearance-proposed", CaseState.CLEARANCE_PROPOSED),
  CLEARANCE_CONFIRMED("clearance-confirmed", CaseState.CLEARED),
  MATCH_PROPOSED("match-proposed", CaseState.MATCH_PROPOSED),
  MATCH_CONFIRMED("match-confirmed", CaseState.CONFIRMED);

  private final String code;
  private final CaseState leadsTo;

  CaseAction(String code, CaseState leadsTo) {
    this.code = code;
    this.leadsTo = leadsTo;
  }

  public String code() {
    return code;
  }

  /** The state a case is in after this step. */
  public CaseState leadsTo() {
    return leadsTo;
  }

  /** The action with this stored code. */
  public static CaseAction parse(String code) {
    for (CaseAction action : values()) {
      if (action.code.equals(code)) {
        return action;
      }
    }
    throw new IllegalArgumentException("unknown case action code: " + code);
  }
}
