package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's append-only rule for the audit tables (PostgreSQL has the same in PL/pgSQL): refuses every
 * UPDATE and DELETE, except that the head checkpoint may move forward. Public only because H2
 * instantiates it by name from the schema; nothing else uses it.
 */
public final class AppendOnlyTrigger implements Trigger {
  private String table = "";

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName.toLowerCase(Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object @Nullable [] newRow)
      throws SQLException {
    if (table.equals("audit_head") && newRow != null && isForward(oldRow, newRow)) {
      return;
    }
    String operation = newRow == null ? "DELETE" : "UPDATE";
    throw new SQLException(
        operation + " on " + table + " refused: the audit log is append-only", "23001");
  }

  private static boolean isForward(Object[] oldRow, Object[] newRow) {
    // columns of audit_head: id, sequence, hash
    return ((Number) newRow[1]).longValue() > ((Number) oldRow[1]).longValue();
  }
}
