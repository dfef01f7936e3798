package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.ApiKeySecrets;
import org.sanctionsengine.access.ApiKeyStore;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.testing.TestClock;

/** API keys in a JDBC store, run against H2 and PostgreSQL like {@link StorageContract}. */
abstract class ApiKeyStoreContract {
  private final TestClock clock = TestClock.standard();
  private TestDatabase database;
  private Storage storage;
  private ApiKeyStore keys;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void openStore() {
    database = newDatabase();
    storage = Storage.open(database.url(), clock);
    keys = storage.apiKeys();
  }

  @AfterEach
  void closeStore() {
    // Both are null when the database could not be had (no PostgreSQL outside CI: skipped).
    if (storage != null) {
      storage.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void issue_newKey_authenticatesWithItsRoleAndHolder() {
    IssuedKey issued = keys.issue("alice", Role.REVIEWER);

    assertThat(issued.secret()).startsWith(ApiKeySecrets.PREFIX).hasSizeGreaterThan(40);
    assertThat(keys.authenticate(issued.secret()))
        .get()
        .extracting(ApiKey::holder, ApiKey::role, ApiKey::id)
        .containsExactly("alice", Role.REVIEWER, issued.key().id());
  }

  @Test
  void authenticate_unknownSecret_findsNothing() {
    keys.issue("alice", Role.ADMIN);

    assertThat(keys.authenticate(ApiKeySecrets.generate())).isEmpty();
  }

  @Test
  void revoke_issuedKey_noLongerAuthenticatesButStaysListed() {
    IssuedKey issued = keys.issue("bob", Role.SCREENER);

    assertThat(keys.revoke(issued.key().id())).get().matches(ApiKey::isRevoked);
    assertThat(keys.authenticate(issued.secret())).isEmpty();
    assertThat(keys.list()).singleElement().matches(ApiKey::isRevoked);
  }

  @Test
  void issuedKey_printed_neverShowsTheSecret() {
    IssuedKey issued = keys.issue("carol", Role.SCREENER);

    assertThat(issued.toString()).doesNotContain(issued.secret()).contains("carol");
  }

  @Test
  void isEmpty_newStore_isTrueUntilAKeyIsIssued() {
    assertThat(keys.isEmpty()).isTrue();
    keys.issue("admin", Role.ADMIN);
    assertThat(keys.isEmpty()).isFalse();
  }
}
