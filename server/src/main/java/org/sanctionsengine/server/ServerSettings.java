package org.sanctionsengine.server;

import java.nio.file.Path;
import org.sanctionsengine.storage.DatabaseUrl;

/**
 * How the server runs.
 *
 * @param host the address to listen on ({@code 127.0.0.1} by default: expose it on purpose)
 * @param port the port, 0 for any free one
 * @param sanctionsHome where list snapshots live ({@code $SANCTIONS_HOME})
 * @param database the store for decisions, cases and API keys
 * @param maxJsonBytes the largest JSON body accepted
 * @param maxCsvBytes the largest CSV upload accepted by the batch endpoints (streamed, not held)
 */
public record ServerSettings(
    String host,
    int port,
    Path sanctionsHome,
    DatabaseUrl database,
    long maxJsonBytes,
    long maxCsvBytes) {
  public static final long DEFAULT_MAX_JSON_BYTES = 4L << 20;
  public static final long DEFAULT_MAX_CSV_BYTES = 256L << 20;

  public ServerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** Local defaults: loopback, the given port and home, the store named or embedded. */
  public static ServerSettings of(int port, Path sanctionsHome, DatabaseUrl database) {
    return new ServerSettings(
        "127.0.0.1", port, sanctionsHome, database, DEFAULT_MAX_JSON_BYTES, DEFAULT_MAX_CSV_BYTES);
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(newHost, port, sanctionsHome, database, maxJsonBytes, maxCsvBytes);
  }
}
