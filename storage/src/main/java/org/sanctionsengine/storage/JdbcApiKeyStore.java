package org.sanctionsengine.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.ApiKeySecrets;
import org.sanctionsengine.access.ApiKeyStore;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Role;

/**
 * API keys in a JDBC store: one row per key, holding the SHA-256 of its secret, never the secret.
 */
final class JdbcApiKeyStore implements ApiKeyStore {
  private static final String COLUMNS = "id, holder, role, created_at, revoked_at";

  private final Database database;
  private final Clock clock;

  JdbcApiKeyStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public IssuedKey issue(String holder, Role role) {
    ApiKey.requireHolder(holder);
    String secret = ApiKeySecrets.generate();
    Instant now = clock.instant();
    long id =
        database.transaction(
            "issue an API key",
            c -> {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO api_key (holder, role, secret_hash, created_at)"
                          + " VALUES (?, ?, ?, ?)",
                      Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, holder);
                insert.setString(2, role.code());
                insert.setString(3, ApiKeySecrets.hash(secret));
                insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    return new IssuedKey(secret, new ApiKey(id, holder, role, now, null));
  }

  @Override
  public Optional<ApiKey> authenticate(String secret) {
    return database.read(
        "authenticate an API key",
        c ->
            first(
                c,
                "SELECT " + COLUMNS + " FROM api_key WHERE secret_hash = ? AND revoked_at IS NULL",
                ApiKeySecrets.hash(secret)));
  }

  @Override
  public List<ApiKey> list() {
    return database.read(
        "list API keys",
        c -> {
          try (PreparedStatement select =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM api_key ORDER BY id");
              ResultSet rows = select.executeQuery()) {
            List<ApiKey> keys = new ArrayList<>();
            while (rows.next()) {
              keys.add(key(rows));
            }
            return keys;
          }
        });
  }

  @Override
  public Optional<ApiKey> revoke(long id) {
    Instant now = clock.instant();
    return database.transaction(
        "revoke API key " + id,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setLong(2, id);
            update.executeUpdate();
          }
          return first(c, "SELECT " + COLUMNS + " FROM api_key WHERE id = ?", id);
        });
  }

  private static Optional<ApiKey> first(Connection c, String sql, Object parameter)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setObject(1, parameter);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(key(rows)) : Optional.empty();
      }
    }
  }

  private static ApiKey key(ResultSet row) throws SQLException {
    OffsetDateTime revoked = row.getObject(5, OffsetDateTime.class);
    return new ApiKey(
        row.getLong(1),
        row.getString(2),
        Role.parse(row.getString(3)),
        row.getObject(4, OffsetDateTime.class).toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
