package org.sanctionsengine.storage;

/** The database products the store speaks. Each has its own migration scripts. */
public enum Dialect {
  /** Embedded, a file under {@code $SANCTIONS_HOME/db}; the default. */
  H2("h2", "jdbc:h2:"),
  /** A PostgreSQL server, for production. */
  POSTGRESQL("postgresql", "jdbc:postgresql:");

  private final String code;
  private final String urlPrefix;

  Dialect(String code, String urlPrefix) {
    this.code = code;
    this.urlPrefix = urlPrefix;
  }

  /** The name of the migration folder. */
  String code() {
    return code;
  }

  String urlPrefix() {
    return urlPrefix;
  }
}
