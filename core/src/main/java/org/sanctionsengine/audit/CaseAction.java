package org.sanctionsengine.audit;

/** What happened to a case. The code is stable: storage and the audit log keep it. */
public enum CaseAction {
  OPENED("opened"),
  ESCALATED("escalated"),
  CLEARANCE_PROPOSED("clearance-proposed"),
  CLEARANCE_CONFIRMED("clearance-confirmed");

  private final String code;

  CaseAction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
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
