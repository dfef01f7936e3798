package org.sanctionsengine.storage;

/** Cases on the embedded H2 database. */
class H2CaseStoreTest extends CaseStoreContract {
  @Override
  TestDatabase newDatabase() {
    return new H2TestDatabase();
  }
}
