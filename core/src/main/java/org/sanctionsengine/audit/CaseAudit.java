package org.sanctionsengine.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * How a case step goes into the audit log: kind {@link DecisionKind#CASE_REVIEW}, the case and its
 * alert as subject, the state after the step as outcome, the step (action, reviewer, reason, time)
 * as decision. Stores record it in the same transaction as the step, so review history is as
 * tamper-evident as decisions.
 */
public final class CaseAudit {
  private CaseAudit() {}

  /** The audit record of {@code c}'s latest step. */
  public static DecisionRecord recordOf(Case c) {
    CaseEvent event = c.lastEvent();
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode subject =
        json.objectNode()
            .put("case", c.id())
            .put("customerId", c.alert().customerId())
            .put("listEntryId", c.alert().listEntryId())
            .put("entryVersion", c.alert().entryVersion());
    ObjectNode step =
        json.objectNode()
            .put("action", event.action().code())
            .put("reviewer", event.reviewer().name())
            .put("key", event.reviewer().keyId())
            .put("reason", event.reason())
            .put("at", AuditChain.formatRecordedAt(event.at()));
    return new DecisionRecord(
        DecisionKind.CASE_REVIEW,
        CanonicalJson.of(subject),
        c.state().code(),
        CanonicalJson.of(step),
        List.of(),
        "none");
  }
}
