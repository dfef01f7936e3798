package org.sanctionsengine.storage;

/** The store's behaviour on the embedded H2 database. */
class H2StorageTest extends StorageContract {
  @Override
  TestDatabase newDatabase() {
    return new H2TestDatabase();
  }
}
