package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Opens connections to one store. Connections come without auto-commit: every unit of work commits
 * or rolls back explicitly. The writer keeps one connection of its own; units of work borrow from a
 * few idle connections kept for reuse, because opening one costs far more than a short read (a
 * PostgreSQL login takes milliseconds, and a server raising cases reads on every hit).
 */
final class Database implements AutoCloseable {
  /** Idle connections kept for reuse; more are opened when needed and closed after use. */
  static final int IDLE_CONNECTIONS = 8;

  private final DatabaseUrl url;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE_CONNECTIONS);
  private volatile boolean closed;

  Database(DatabaseUrl url) {
    this.url = url;
  }

  DatabaseUrl url() {
    return url;
  }

  Dialect dialect() {
    return url.dialect();
  }

  Connection connect() {
    try {
      Connection connection = DriverManager.getConnection(url.jdbcUrl());
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw SqlStates.translate(e, "open the database", url);
    }
  }

  /** A unit of work on a fresh connection, committed durably at the end, rolled back on failure. */
  <T> T transaction(String what, Work<T> work) {
    return run(what, work, true);
  }

  /** Reads on a fresh connection: no write to make durable, so no sync at the end. */
  <T> T read(String what, Work<T> work) {
    return run(what, work, false);
  }

  private <T> T run(String what, Work<T> work, boolean writes) {
    Connection connection = borrow();
    boolean reusable = false;
    try {
      int isolation = connection.getTransactionIsolation();
      try {
        T result = work.run(connection);
        if (writes) {
          commit(connection);
        } else {
          connection.commit();
        }
        // A unit that changed the connection's isolation (a consistent read) leaves it closed.
        reusable = connection.getTransactionIsolation() == isolation;
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw SqlStates.translate(e, what, url);
    } finally {
      giveBack(connection, reusable);
    }
  }

  private Connection borrow() {
    Connection connection = idle.poll();
    return connection != null ? connection : connect();
  }

  /** Keeps a healthy connection for the next unit of work, or closes it. */
  private void giveBack(Connection connection, boolean reusable) {
    if (reusable && !closed && idle.offer(connection)) {
      return;
    }
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a broken or surplus connection: nothing of the caller's work depends on it.
    }
  }

  /** Closes the idle connections; units of work still running close theirs when done. */
  @Override
  public void close() {
    closed = true;
    for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
      closeQuietly(connection);
    }
  }

  /**
   * Commits so that the commit survives the process being killed and the machine losing power.
   * PostgreSQL does that on its own (WAL fsync on commit). H2's MVStore only marks the transaction
   * committed in memory and writes it out later, even with {@code WRITE_DELAY 0}: a process killed
   * after the commit returned loses it (the restart-safety test showed thousands of acknowledged
   * appends gone). {@code CHECKPOINT SYNC} writes the changes to the file and syncs it before we
   * return; with group commit one sync serves a whole batch.
   */
  void commit(Connection connection) throws SQLException {
    connection.commit();
    if (dialect() == Dialect.H2) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CHECKPOINT SYNC");
      }
    }
  }

  /** Rolls back after {@code failure}; a failing rollback is attached to it, not thrown. */
  static void rollback(Connection connection, Exception failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Work on a connection that may fail with a database error. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
