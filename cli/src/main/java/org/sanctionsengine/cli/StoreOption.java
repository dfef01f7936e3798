package org.sanctionsengine.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.sanctionsengine.storage.DatabaseUrl;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      defaultValue = "",
      description = {
        "The store: a jdbc:postgresql://... URL, or a jdbc:h2:... URL.",
        "Default: the embedded database under $SANCTIONS_HOME/db (~/.sanctions/db)."
      })
  String jdbcUrl = "";

  DatabaseUrl url() {
    return Storage.locate(jdbcUrl, sanctionsHome());
  }

  Storage open() {
    return Storage.open(url(), Clock.systemUTC());
  }

  /**
   * Who acts on the store from the command line without a key (issuing and revoking keys): the
   * operating-system user, as far as the JVM knows it. Anyone who can open the store can do this;
   * the chain records it so that such keys stand out from keys an administrator issued.
   */
  static org.sanctionsengine.access.Issuer operator() {
    return org.sanctionsengine.access.Issuer.withoutKey(
        "command line (user " + System.getProperty("user.name", "unknown") + ")");
  }

  /** {@code $SANCTIONS_HOME}, or {@code ~/.sanctions}. */
  static Path sanctionsHome() {
    String configured = System.getenv("SANCTIONS_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    return Path.of(System.getProperty("user.home"), ".sanctions");
  }
}
