package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.server.SanctionsServer;
import org.sanctionsengine.server.ServerSettings;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions serve}: the HTTP API, the Reconciliation API and the web UI. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the server: the JSON API (described at /openapi.json), the W3C Reconciliation API at",
      "/reconcile (OpenRefine), and the web UI at /. Every decision is recorded in the audit log.",
      "Every route but /health and the UI's files needs an API key; on a new store the first",
      "administrator key is printed once. More keys: sanctions keys create."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host = "127.0.0.1";

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Where list snapshots live (default: $SANCTIONS_HOME, else ~/.sanctions).")
  @Nullable Path home;

  @Mixin StoreOption store = new StoreOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Path snapshots =
        home != null
            ? home
            : SnapshotStore.defaultHome(System.getenv(), Path.of(System.getProperty("user.home")));
    PrintWriter out = spec.commandLine().getOut();
    ServerSettings settings = ServerSettings.of(port, snapshots, store.url()).withHost(host);
    printFirstKey(settings, out);
    SanctionsServer server = SanctionsServer.start(settings, Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "sanctions-shutdown"));
    int lists = server.engine().lists().current().snapshotIds().size();
    out.println(
        "sanctions: serving on http://"
            + host
            + ":"
            + server.port()
            + "/ (store "
            + store.url().redacted()
            + ", "
            + lists
            + " list snapshot"
            + (lists == 1 ? "" : "s")
            + " from "
            + snapshots
            + "). Stop with Ctrl-C.");
    if (lists == 0) {
      out.println(
          "sanctions: no list snapshots yet: screening answers 503 until you run `sanctions lists"
              + " import FILE` (picked up within seconds).");
    }
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }

  /** On a store without keys, issues the first administrator key and prints it, once. */
  private void printFirstKey(ServerSettings settings, PrintWriter out) {
    try (Storage storage = Storage.open(settings.database(), Clock.systemUTC())) {
      SanctionsServer.firstAdminKey(storage.apiKeys())
          .ifPresent(
              issued ->
                  out.println(
                      "sanctions: first start of this store: administrator API key (shown once,"
                          + " keep it safe):\n  "
                          + issued.secret()
                          + "\n  Issue more with: sanctions keys create --holder NAME --role"
                          + " screener|reviewer|admin"));
    }
  }
}
