package org.sanctionsengine.storage;

/** The store's behaviour on a real PostgreSQL server (see etc/postgres.sh). */
class PostgresStorageIT extends StorageContract {
  @Override
  TestDatabase newDatabase() {
    return new PostgresTestDatabase();
  }
}
