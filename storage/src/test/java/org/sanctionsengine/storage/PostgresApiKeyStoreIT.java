package org.sanctionsengine.storage;

/** API keys on a real PostgreSQL server (see etc/postgres.sh). */
class PostgresApiKeyStoreIT extends ApiKeyStoreContract {
  @Override
  TestDatabase newDatabase() {
    return new PostgresTestDatabase();
  }
}
