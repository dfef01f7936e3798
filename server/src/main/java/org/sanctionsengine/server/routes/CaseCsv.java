package org.sanctionsengine.server.routes;

import java.util.List;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseEvent;

/** The case queue as CSV (RFC 4180), for a spreadsheet or a report: one row per case. */
final class CaseCsv {
  static final String HEADER =
      "id,state,customer_id,list_entry_id,entry_version,score,decision_id,opened_at,last_action,"
          + "last_reviewer,last_at";

  private CaseCsv() {}

  static String of(List<Case> cases) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (Case c : cases) {
      CaseEvent last = c.lastEvent();
      List<String> fields =
          List.of(
              Long.toString(c.id()),
              c.state().code(),
              c.alert().customerId(),
              c.alert().listEntryId(),
              c.alert().entryVersion(),
              Double.toString(c.alert().score()),
              Long.toString(c.alert().decisionSequence()),
              AuditChain.formatRecordedAt(c.events().get(0).at()),
              last.action().code(),
              last.reviewer().name(),
              AuditChain.formatRecordedAt(last.at()));
      for (int i = 0; i < fields.size(); i++) {
        csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  /**
   * Quoted when needed; a leading {@code = + - @} is prefixed with an apostrophe so that a customer
   * id cannot run as a formula in a spreadsheet (CSV injection).
   */
  static String field(String value) {
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
