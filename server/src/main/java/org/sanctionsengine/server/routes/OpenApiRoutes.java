package org.sanctionsengine.server.routes;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sanctionsengine.server.access.Permission;

/**
 * {@code GET /openapi.json}: the API's description, written by hand beside the routes and checked
 * against them by {@code OpenApiDocumentTest} (every route documented, every documented route
 * served, responses valid against the document's schemas).
 */
public final class OpenApiRoutes {
  public static final String RESOURCE = "/openapi.json";

  private OpenApiRoutes() {}

  public static void register(RoutesConfig routes) {
    byte[] document = document();
    routes.get(
        "/openapi.json",
        ctx -> {
          ctx.contentType("application/json");
          ctx.result(document);
        },
        Permission.SCREENER);
  }

  static byte[] document() {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
