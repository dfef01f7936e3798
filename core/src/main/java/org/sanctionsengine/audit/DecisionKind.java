package org.sanctionsengine.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sanctionsengine.input.InvalidInputException;

/** What kind of decision a record holds. The code is stable: it is part of the hashed form. */
public enum DecisionKind {
  PARTY_SCREENING("party-screening"),
  TRANSACTION_CHECK("transaction-check"),
  BATCH_SCREENING("batch-screening"),
  CASE_REVIEW("case-review"),
  /** An API key issued: who holds it, its role, who issued it. */
  KEY_ISSUED("key-issued"),
  /** An API key revoked, and by whom. */
  KEY_REVOKED("key-revoked");

  private final String code;

  DecisionKind(String code) {
    this.code = code;
  }

  /** The stable wire code, e.g. {@code party-screening}. */
  public String code() {
    return code;
  }

  /** The kind with this code; rejects unknown codes with the list of known ones. */
  public static DecisionKind parse(String code) {
    for (DecisionKind kind : values()) {
      if (kind.code.equals(code.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new InvalidInputException(
        "Unknown decision kind '"
            + code
            + "'. Expected one of: "
            + Arrays.stream(values()).map(DecisionKind::code).collect(Collectors.joining(", "))
            + ". Check the stored record or the value given.");
  }
}
