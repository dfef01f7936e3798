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
import org.sanctionsengine.access.Holders;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Issuer;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.audit.KeyAudit;
import org.sanctionsengine.input.InvalidInputException;

/**
 * API keys in a JDBC store: one row per key, holding the SHA-256 of its secret, never the secret.
 * Issuing and revoking go through the audit writer, so each is a chained entry that commits with
 * the row.
 */
final class JdbcApiKeyStore implements ApiKeyStore {
  private static final String COLUMNS =
      "id, holder, role, created_at, revoked_at, issuer_key_id, issued_by";

  private final Database database;
  private final JdbcAuditLog auditLog;
  private final Clock clock;

  JdbcApiKeyStore(Database database, JdbcAuditLog auditLog, Clock clock) {
    this.database = database;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public IssuedKey issue(String holder, Role role, Issuer issuer) {
    ApiKey.requireHolder(holder);
    String secret = ApiKeySecrets.generate();
    Instant now = clock.instant();
    List<ApiKey> issued = new ArrayList<>(1);
    // Through the audit writer: the key's row and its key-issued entry commit together, and the
    // writer's one thread serialises issuing, so two look-alike holders cannot slip in at once.
    auditLog.appendWith(
        c -> {
          refuseLookAlike(c, holder);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO api_key (holder, role, secret_hash, created_at, issuer_key_id,"
                      + " issued_by) VALUES (?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, holder);
            insert.setString(2, role.code());
            insert.setString(3, ApiKeySecrets.hash(secret));
            insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setLong(5, issuer.keyId());
            insert.setString(6, issuer.name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
              keys.next();
              issued.add(new ApiKey(keys.getLong(1), holder, role, now, null, issuer));
            }
          }
          return List.of(KeyAudit.issued(issued.get(0)));
        });
    return new IssuedKey(secret, issued.get(0));
  }

  private static void refuseLookAlike(Connection c, String holder) throws SQLException {
    List<String> holders = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT holder FROM api_key");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        holders.add(rows.getString(1));
      }
    }
    Optional<String> existing = Holders.lookAlike(holder, holders);
    if (existing.isPresent()) {
      throw new InvalidInputException(
          "The key holder "
              + shown(holder)
              + " passes for the existing holder "
              + shown(existing.get())
              + ": the names differ only in case, invisible characters, kinds of space, accents"
              + " or look-alike letters of another script, and four eyes tells reviewers apart by"
              + " these names. No key was issued. Issue it to '"
              + existing.get()
              + "' if it is for the same person, or choose a name that differs visibly.");
    }
  }

  /** A name in quotes, and spelled out by code point if it holds anything but printable ASCII. */
  private static String shown(String name) {
    if (name.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7F)) {
      return "'" + name + "'";
    }
    StringBuilder spelled = new StringBuilder();
    name.codePoints()
        .forEach(
            cp ->
                spelled.append(
                    cp >= 0x20 && cp < 0x7F
                        ? Character.toString(cp)
                        : String.format(java.util.Locale.ROOT, "\\u%04X", cp)));
    return "'" + name + "' (" + spelled + ")";
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
  public Optional<ApiKey> revoke(long id, Issuer by) {
    Instant now = clock.instant();
    List<Optional<ApiKey>> revoked = new ArrayList<>(1);
    auditLog.appendWith(
        c -> {
          int changed;
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setLong(2, id);
            changed = update.executeUpdate();
          }
          Optional<ApiKey> key = first(c, "SELECT " + COLUMNS + " FROM api_key WHERE id = ?", id);
          revoked.add(key);
          return changed == 1 && key.isPresent()
              ? List.of(KeyAudit.revoked(key.get(), by))
              : List.of();
        });
    return revoked.get(0);
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
        revoked == null ? null : revoked.toInstant(),
        new Issuer(row.getLong(6), row.getString(7)));
  }
}
