package org.sanctionsengine.storage;

/** API keys on the embedded H2 database. */
class H2ApiKeyStoreTest extends ApiKeyStoreContract {
  @Override
  TestDatabase newDatabase() {
    return new H2TestDatabase();
  }
}
