package org.sanctionsengine.storage;

/** Cases on a real PostgreSQL server (see etc/postgres.sh). */
class PostgresCaseStoreIT extends CaseStoreContract {
  @Override
  TestDatabase newDatabase() {
    return new PostgresTestDatabase();
  }
}
