package org.sanctionsengine.storage;

import java.nio.file.Path;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Where the store lives: a JDBC URL of a supported product.
 *
 * @param jdbcUrl the URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/sanctions?user=u&password=p}
 * @param dialect the product it names
 */
public record DatabaseUrl(String jdbcUrl, Dialect dialect) {
  public DatabaseUrl {
    if (!jdbcUrl.startsWith(dialect.urlPrefix())) {
      throw new IllegalArgumentException(jdbcUrl + " is not a " + dialect + " URL");
    }
  }

  /** Parses a URL given by a user; rejects products the store does not support. */
  public static DatabaseUrl parse(String jdbcUrl) {
    for (Dialect dialect : Dialect.values()) {
      if (jdbcUrl.startsWith(dialect.urlPrefix())) {
        return new DatabaseUrl(jdbcUrl, dialect);
      }
    }
    throw new InvalidInputException(
        "Database URL '"
            + redacted(jdbcUrl)
            + "' is not supported: expected a URL starting with jdbc:h2: (embedded) or"
            + " jdbc:postgresql: (server), e.g."
            + " jdbc:postgresql://127.0.0.1:5432/sanctions?user=NAME&password=SECRET. Leave --db"
            + " out to use the embedded database under $SANCTIONS_HOME/db.");
  }

  /** The embedded database under {@code sanctionsHome/db}. */
  public static DatabaseUrl embedded(Path sanctionsHome) {
    Path file = sanctionsHome.toAbsolutePath().normalize().resolve("db").resolve("sanctions");
    return new DatabaseUrl("jdbc:h2:file:" + file, Dialect.H2);
  }

  /** The URL without its password, for messages. */
  public String redacted() {
    return redacted(jdbcUrl);
  }

  private static String redacted(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return redacted();
  }
}
