package org.sanctionsengine.audit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Where a case stands. A first reviewer proposes a disposition, a second, different one confirms it
 * (four eyes):
 *
 * <pre>
 * open ──▶ escalated
 * open | escalated ──▶ clearance-proposed ──confirm──▶ cleared     (a false positive)
 * open | escalated ──▶ match-proposed ─────confirm──▶ confirmed    (a true match)
 * clearance-proposed | match-proposed ──escalate (disputed)──▶ escalated
 * </pre>
 *
 * {@code cleared} and {@code confirmed} are closed: no step leads on from them.
 */
public enum CaseState {
  OPEN("open"),
  ESCALATED("escalated"),
  CLEARANCE_PROPOSED("clearance-proposed"),
  MATCH_PROPOSED("match-proposed"),
  CLEARED("cleared"),
  CONFIRMED("confirmed");

  private final String code;

  CaseState(String code) {
    this.code = code;
  }

  /** The stable code used in storage, output and options. */
  public String code() {
    return code;
  }

  /** Whether a reviewer still has to act on the case. */
  public boolean isUnresolved() {
    return this != CLEARED && this != CONFIRMED;
  }

  public static CaseState parse(String code) {
    for (CaseState state : values()) {
      if (state.code.equals(code)) {
        return state;
      }
    }
    throw new InvalidInputException(
        "Unknown case state '"
            + code
            + "'. Expected one of: "
            + Arrays.stream(values()).map(CaseState::code).collect(Collectors.joining(", "))
            + ".");
  }
}
