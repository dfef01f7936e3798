package org.sanctionsengine.storage;

/**
 * A throw-away database for one test, with the means to tamper with it the way an intruder with
 * direct database access would: by switching off the append-only triggers first.
 */
interface TestDatabase extends AutoCloseable {
  DatabaseUrl url();

  /** Runs SQL statements with the append-only triggers bypassed, in one transaction. */
  void tamper(String... sql);

  /** Runs SQL statements as the application's user would, triggers active. */
  void execute(String... sql) throws java.sql.SQLException;

  @Override
  void close();
}
