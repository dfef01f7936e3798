package org.sanctionsengine.server;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import java.time.Clock;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sanctionsengine.access.ApiKeyStore;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.server.access.ApiKeyAccess;
import org.sanctionsengine.server.access.SecurityHeaders;
import org.sanctionsengine.server.errors.Problems;
import org.sanctionsengine.server.recon.ReconciliationRoutes;
import org.sanctionsengine.server.routes.AuditRoutes;
import org.sanctionsengine.server.routes.CaseRoutes;
import org.sanctionsengine.server.routes.CheckRoutes;
import org.sanctionsengine.server.routes.HealthRoutes;
import org.sanctionsengine.server.routes.KeyRoutes;
import org.sanctionsengine.server.routes.ListRoutes;
import org.sanctionsengine.server.routes.OpenApiRoutes;
import org.sanctionsengine.server.routes.RegimeRoutes;
import org.sanctionsengine.server.routes.ScenarioRoutes;
import org.sanctionsengine.server.routes.ScreeningRoutes;
import org.sanctionsengine.server.routes.WebRoutes;

/**
 * The engine as an HTTP service (Javalin on Jetty): the JSON API of {@code /openapi.json}, the
 * Reconciliation API at {@code /reconcile}, and the web UI at {@code /}. Start it with {@link
 * #start}; {@link #close} stops taking requests, finishes those under way, then closes the store.
 */
public final class SanctionsServer implements AutoCloseable {
  private final Engine engine;
  private final Javalin app;

  private SanctionsServer(Engine engine, Javalin app) {
    this.engine = engine;
    this.app = app;
  }

  /** Opens the store and the lists, and starts listening. */
  public static SanctionsServer start(ServerSettings settings, Clock clock) {
    Engine engine = new Engine(settings, clock);
    try {
      Javalin app = create(settings, engine);
      app.start(settings.host(), settings.port());
      return new SanctionsServer(engine, app);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  private static Javalin create(ServerSettings settings, Engine engine) {
    ApiKeyAccess access = new ApiKeyAccess(engine.storage().apiKeys());
    PartyScreening screening = new PartyScreening(engine);
    TransactionChecks checks = new TransactionChecks(engine);
    return Javalin.create(
        config -> {
          config.http.maxRequestSize = settings.maxJsonBytes();
          config.http.compressionStrategy = CompressionStrategy.NONE;
          config.http.defaultContentType = "application/json";
          config.startup.showJavalinBanner = false;
          QueuedThreadPool threads = new QueuedThreadPool(64, 8);
          threads.setName("sanctions-http");
          config.jetty.threadPool = threads;
          config.routes.before(new SecurityHeaders());
          config.routes.beforeMatched(access);
          Problems.register(config.routes);
          HealthRoutes.register(config.routes, engine);
          OpenApiRoutes.register(config.routes);
          WebRoutes.register(config.routes);
          ScreeningRoutes.register(config.routes, screening, settings.maxCsvBytes());
          CheckRoutes.register(config.routes, checks);
          ListRoutes.register(config.routes, engine);
          RegimeRoutes.register(config.routes, engine);
          ScenarioRoutes.register(config.routes, engine, checks, settings.maxCsvBytes());
          CaseRoutes.register(config.routes, engine);
          AuditRoutes.register(config.routes, engine);
          KeyRoutes.register(config.routes, engine, access);
          ReconciliationRoutes.register(config.routes, engine, screening);
        });
  }

  /**
   * On a store that never had a key, issues the first administrator key, so that a new installation
   * can be used at all; empty when keys exist.
   */
  public static java.util.Optional<IssuedKey> firstAdminKey(ApiKeyStore keys) {
    if (!keys.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        keys.issue(
            "admin",
            Role.ADMIN,
            org.sanctionsengine.access.Issuer.withoutKey("server first start (no key existed)")));
  }

  /** Every route served, as "METHOD /path" (e.g. "POST /api/screen"), for the API's own checks. */
  public java.util.List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .filter(route -> !route.startsWith("BEFORE") && !route.startsWith("AFTER"))
        .sorted()
        .toList();
  }

  public int port() {
    return app.port();
  }

  public Engine engine() {
    return engine;
  }

  @Override
  public void close() {
    app.stop();
    engine.close();
  }
}
