package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.ApiKeySecrets;
import org.sanctionsengine.access.ApiKeyStore;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Issuer;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.audit.DecisionKind;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.testing.TestClock;

/** API keys in a JDBC store, run against H2 and PostgreSQL like {@link StorageContract}. */
abstract class ApiKeyStoreContract {
  private static final Issuer CLI = Issuer.withoutKey("command line (user test)");
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
    IssuedKey issued = keys.issue("alice", Role.REVIEWER, CLI);

    assertThat(issued.secret()).startsWith(ApiKeySecrets.PREFIX).hasSizeGreaterThan(40);
    assertThat(keys.authenticate(issued.secret()))
        .get()
        .extracting(ApiKey::holder, ApiKey::role, ApiKey::id)
        .containsExactly("alice", Role.REVIEWER, issued.key().id());
  }

  @Test
  void authenticate_unknownSecret_findsNothing() {
    keys.issue("alice", Role.ADMIN, CLI);

    assertThat(keys.authenticate(ApiKeySecrets.generate())).isEmpty();
  }

  @Test
  void revoke_issuedKey_noLongerAuthenticatesButStaysListed() {
    IssuedKey issued = keys.issue("bob", Role.SCREENER, CLI);

    assertThat(keys.revoke(issued.key().id(), CLI)).get().matches(ApiKey::isRevoked);
    assertThat(keys.authenticate(issued.secret())).isEmpty();
    assertThat(keys.list()).singleElement().matches(ApiKey::isRevoked);
  }

  @Test
  void issuedKey_printed_neverShowsTheSecret() {
    IssuedKey issued = keys.issue("carol", Role.SCREENER, CLI);

    assertThat(issued.toString()).doesNotContain(issued.secret()).contains("carol");
  }

  @Test
  void isEmpty_newStore_isTrueUntilAKeyIsIssued() {
    assertThat(keys.isEmpty()).isTrue();
    keys.issue("admin", Role.ADMIN, CLI);
    assertThat(keys.isEmpty()).isFalse();
  }

  @Test
  void issue_andRevoke_areChainedEntriesNamingTheIssuer() {
    IssuedKey admin = keys.issue("admin", Role.ADMIN, CLI);
    IssuedKey bob = keys.issue("bob", Role.REVIEWER, Issuer.key(admin.key()));
    keys.revoke(bob.key().id(), Issuer.key(admin.key()));
    keys.revoke(bob.key().id(), Issuer.key(admin.key())); // already revoked: nothing more recorded

    assertThat(storage.auditLog().last(10))
        .extracting(
            e -> e.record().kind(),
            e -> e.record().subject().text(),
            e -> e.record().decision().text())
        .containsExactly(
            tuple(
                DecisionKind.KEY_ISSUED,
                "{\"holder\":\"admin\",\"key\":1,\"role\":\"admin\"}",
                "{\"by\":\"command line (user test)\",\"byKey\":0}"),
            tuple(
                DecisionKind.KEY_ISSUED,
                "{\"holder\":\"bob\",\"key\":2,\"role\":\"reviewer\"}",
                "{\"by\":\"admin\",\"byKey\":1}"),
            tuple(
                DecisionKind.KEY_REVOKED,
                "{\"holder\":\"bob\",\"key\":2,\"role\":\"reviewer\"}",
                "{\"by\":\"admin\",\"byKey\":1}"));
    assertThat(keys.list().get(1).issuer()).isEqualTo(Issuer.key(admin.key()));
    assertThat(storage.auditLog().verify().isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice\u200B", "\u0430lice", "Alice", "ali\u00ADce", "ａｌｉｃｅ"})
  void issue_lookAlikeOfAnExistingHolder_isRefusedAndNothingIssued(String lookAlike) {
    keys.issue("alice", Role.REVIEWER, CLI);
    long head = storage.auditLog().checkpoint().sequence();

    assertThatThrownBy(() -> keys.issue(lookAlike, Role.REVIEWER, CLI))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("passes for the existing holder 'alice'")
        .hasMessageEndingWith(
            "No key was issued. Issue it to 'alice' if it is for the same person, or choose a"
                + " name that differs visibly.");
    assertThat(keys.list()).hasSize(1);
    assertThat(storage.auditLog().checkpoint().sequence()).isEqualTo(head);
  }

  @Test
  void issue_zeroWidthSpace_messageSpellsTheNameOut() {
    keys.issue("alice", Role.REVIEWER, CLI);

    assertThatThrownBy(() -> keys.issue("alice\u200B", Role.REVIEWER, CLI))
        .hasMessageStartingWith(
            "The key holder 'alice\u200B' (alice\\u200B) passes for the existing holder 'alice':");
  }

  @Test
  void issue_sameHolderAgain_isASecondKeyOfThatHolder() {
    keys.issue("alice", Role.REVIEWER, CLI);

    assertThat(keys.issue("alice", Role.REVIEWER, CLI).key().holder()).isEqualTo("alice");
  }
}
