package org.sanctionsengine.audit;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Where a case stands: {@code open → escalated | clearance-proposed → cleared}. A proposed
 * clearance becomes {@code cleared} only when a second, different reviewer confirms it.
 */
public enum CaseState {
  OPEN("open"),
  ESCALATED("escalated"),
  CLEARANCE_PROPOSED("clearance-proposed"),
  CLEARED("cleared");

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
    return this != CLEARED;
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
