package org.sanctionsengine.storage;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.StorageException;
import org.sanctionsengine.StorageException.Reason;

/**
 * Translates a database error into a {@link StorageException} by its SQLState class, the way jOOQ's
 * {@code SQLStateClass} does, so that H2 and PostgreSQL failures read the same. Messages say what
 * failed, where, what the database said, and what to do.
 */
final class SqlStates {
  private SqlStates() {}

  static Reason reasonOf(SQLException failure) {
    String state = failure.getSQLState();
    if (state == null || state.length() < 2) {
      return Reason.OTHER;
    }
    if (state.equals("42501")) {
      return Reason.ACCESS;
    }
    return switch (state.substring(0, 2)) {
      case "08" -> Reason.CONNECTION;
      case "23" -> Reason.INTEGRITY;
      case "40" -> Reason.CONFLICT;
      case "42", "3F" -> Reason.SCHEMA;
      case "53", "54" -> Reason.RESOURCES;
      case "28" -> Reason.ACCESS;
      case "22" -> Reason.DATA;
      case "HY", "90" -> h2Reason(failure);
      default -> Reason.OTHER;
    };
  }

  /** H2 uses its own codes for some failures that PostgreSQL puts in standard classes. */
  private static Reason h2Reason(SQLException failure) {
    int code = failure.getErrorCode();
    if (code == 90020) { // DATABASE_ALREADY_OPEN_1: another process holds the file
      return Reason.CONNECTION;
    }
    if (failure.getMessage() != null && failure.getMessage().contains("append-only")) {
      return Reason.INTEGRITY; // our trigger's refusal, wrapped by H2
    }
    return Reason.OTHER;
  }

  /** The store's exception for a failure while doing {@code what} on {@code where}. */
  static StorageException translate(SQLException failure, String what, DatabaseUrl where) {
    Reason reason = reasonOf(failure);
    return new StorageException(
        reason,
        "Could not "
            + what
            + " in the store at "
            + where.redacted()
            + ": the database said "
            + "\""
            + firstLine(failure.getMessage())
            + "\" (SQLState "
            + failure.getSQLState()
            + "). "
            + advice(reason),
        failure);
  }

  private static String advice(Reason reason) {
    return switch (reason) {
      case CONNECTION ->
          "Check that the database is running and reachable, and that no other process has the"
              + " embedded database open (stop a running `sanctions serve`), then retry.";
      case INTEGRITY ->
          "The audit tables refuse changes and removals; nothing was written. Append new entries"
              + " instead.";
      case CONFLICT -> "Another writer changed the same data first; retry.";
      case SCHEMA ->
          "The database schema is not what this version expects; check that --db names a store"
              + " of this application.";
      case RESOURCES -> "The database is out of space or connections; free some and retry.";
      case ACCESS -> "Check the user name and password in the JDBC URL, and its grants.";
      case DATA -> "A value did not fit its column; this is a bug, please report it.";
      case OTHER -> "Run with --verbose for details.";
    };
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
