package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sanctionsengine.audit.AuditChain;
import org.sanctionsengine.audit.Case;
import org.sanctionsengine.audit.CaseEvent;

/** How the case commands print a case. */
final class CaseText {
  private CaseText() {}

  static String row(Case c) {
    return String.format(
        Locale.ROOT,
        "%-6d %-19s %-14s %-16s %-12s %5.2f",
        c.id(),
        c.state().code(),
        c.alert().customerId(),
        c.alert().listEntryId(),
        c.alert().entryVersion(),
        c.alert().score());
  }

  static String header() {
    return String.format(
        Locale.ROOT,
        "%-6s %-19s %-14s %-16s %-12s %5s",
        "CASE",
        "STATE",
        "CUSTOMER",
        "LIST ENTRY",
        "VERSION",
        "SCORE");
  }

  static void details(Case c, PrintWriter out) {
    out.println("case " + c.id() + ": " + c.state().code());
    out.println("  customer     " + c.alert().customerId());
    out.println(
        "  list entry   "
            + c.alert().listEntryId()
            + " (version "
            + c.alert().entryVersion()
            + ")");
    out.println("  score        " + c.alert().score());
    if (c.alert().decisionSequence() > 0) {
      out.println("  decision     audit entry " + c.alert().decisionSequence());
    }
    out.println("  history");
    for (CaseEvent event : c.events()) {
      out.println(
          "    "
              + AuditChain.formatRecordedAt(event.at())
              + "  "
              + event.action().code()
              + " by "
              + event.reviewer()
              + ": "
              + event.reason());
    }
  }
}
