package org.sanctionsengine.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sanctionsengine.StorageException;

class MigrationsTest {
  @Test
  void statements_plpgsqlBody_staysOneStatement() {
    String script =
        """
        -- a comment line
        CREATE TABLE t (id INT);
        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'no';
        END;
        $$;
        CREATE TRIGGER g BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
        """;

    assertThat(Migrations.statements(script))
        .containsExactly(
            "CREATE TABLE t (id INT)",
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION"
                + " 'no';\nEND;\n$$",
            "CREATE TRIGGER g BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f()");
  }

  @Test
  void scripts_bothDialects_haveTheSameVersionsAndDescriptions() {
    assertThat(Migrations.scripts(Dialect.H2))
        .extracting(Migrations.Script::version, Migrations.Script::description)
        .isEqualTo(
            Migrations.scripts(Dialect.POSTGRESQL).stream()
                .map(s -> org.assertj.core.groups.Tuple.tuple(s.version(), s.description()))
                .toList())
        .hasSize(4);
  }

  @Test
  void migrate_appliedScriptChangedSince_isRefused() {
    try (H2TestDatabase database = new H2TestDatabase()) {
      Database db = new Database(database.url());
      assertThat(Migrations.migrate(db)).isEqualTo(4);
      String shipped = Migrations.scripts(Dialect.H2).get(0).checksum();
      database.tamper(
          "UPDATE schema_version SET checksum = '" + "0".repeat(64) + "' WHERE version = 1");

      assertThatThrownBy(() -> Migrations.migrate(db))
          .isInstanceOf(StorageException.class)
          .hasMessage(
              "Migration 1 (audit log: hash-chained entries, the head checkpoint, append-only"
                  + " triggers) was applied to the store at "
                  + database.url()
                  + " with different text than this version ships (recorded checksum "
                  + "0".repeat(64)
                  + ", shipped "
                  + shipped
                  + "). Applied migrations must never change; add a new numbered file instead,"
                  + " or use the version of the application that created this store.");
    }
  }
}
