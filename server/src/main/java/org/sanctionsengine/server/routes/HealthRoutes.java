package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.Permission;

/** {@code GET /health}: the one data route that answers without a key (for load balancers). */
public final class HealthRoutes {
  private HealthRoutes() {}

  public static void register(RoutesConfig routes, Engine engine) {
    routes.get(
        "/health",
        ctx -> {
          ObjectNode body = JsonNodeFactory.instance.objectNode();
          body.put("status", "ok");
          body.put("regimeVersion", engine.regime().version());
          body.put("listSnapshots", engine.lists().current().snapshotIds().size());
          RequestBodies.json(ctx, 200, body);
        },
        Permission.PUBLIC);
  }
}
