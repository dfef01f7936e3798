package org.sanctionsengine.testing;

import java.util.List;
import org.sanctionsengine.audit.CanonicalJson;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.audit.DecisionRecord;

/** Test-data builders for decision records. */
public final class DecisionRecords {
  private DecisionRecords() {}

  /** A party screening of customer {@code C-<n>} with one hit, outcome {@code review}. */
  public static DecisionRecord screening(int n) {
    return new DecisionRecord(
        DecisionKind.PARTY_SCREENING,
        CanonicalJson.parse("{\"name\":\"Kim Jong Un\",\"customerId\":\"C-" + n + "\"}"),
        "review",
        CanonicalJson.parse("{\"hits\":[{\"score\":0.97,\"entry\":\"un:KPi.033\"}]}"),
        List.of("un-20261101", "ofac-20261120"),
        "dprk-2026.1");
  }

  /** The same record with another outcome. */
  public static DecisionRecord withOutcome(DecisionRecord record, String outcome) {
    return new DecisionRecord(
        record.kind(),
        record.subject(),
        outcome,
        record.decision(),
        record.listSnapshotIds(),
        record.regimeVersion());
  }
}
