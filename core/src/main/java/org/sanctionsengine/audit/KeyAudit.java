package org.sanctionsengine.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.Issuer;

/**
 * How issuing and revoking API keys goes into the audit log: kind {@link DecisionKind#KEY_ISSUED}
 * or {@link DecisionKind#KEY_REVOKED}, the key (id, holder, role) as subject, and who did it as
 * decision. Stores record it in the same transaction as the key's row, so that every key that ever
 * took a step on a case has its issuer in the chain.
 */
public final class KeyAudit {
  private KeyAudit() {}

  /** The record of issuing {@code key}. */
  public static DecisionRecord issued(ApiKey key) {
    return record(DecisionKind.KEY_ISSUED, key, key.role().code(), key.issuer());
  }

  /** The record of {@code by} revoking {@code key}. */
  public static DecisionRecord revoked(ApiKey key, Issuer by) {
    return record(DecisionKind.KEY_REVOKED, key, "revoked", by);
  }

  private static DecisionRecord record(DecisionKind kind, ApiKey key, String outcome, Issuer by) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode subject =
        json.objectNode()
            .put("key", key.id())
            .put("holder", key.holder())
            .put("role", key.role().code());
    ObjectNode decision = json.objectNode().put("byKey", by.keyId()).put("by", by.name());
    return new DecisionRecord(
        kind, CanonicalJson.of(subject), outcome, CanonicalJson.of(decision), List.of(), "none");
  }
}
