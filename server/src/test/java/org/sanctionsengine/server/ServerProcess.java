package org.sanctionsengine.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.sanctionsengine.storage.DatabaseUrl;

/**
 * The child JVM of the restart-safety test: a server over the home and store it is given, on a free
 * port that it writes to a file once it listens. It runs until it is killed (or two minutes pass,
 * should nobody kill it).
 */
final class ServerProcess {
  private ServerProcess() {}

  /** Arguments: sanctions home, JDBC URL, port file. */
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    SanctionsServer server =
        SanctionsServer.start(
            ServerSettings.of(0, home, DatabaseUrl.parse(args[1])), Clock.systemUTC());
    Path portFile = Path.of(args[2]);
    Path written = portFile.resolveSibling(portFile.getFileName() + ".tmp");
    Files.writeString(written, Integer.toString(server.port()), StandardCharsets.UTF_8);
    Files.move(written, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    Thread.sleep(120_000);
    Runtime.getRuntime().halt(3);
  }
}
