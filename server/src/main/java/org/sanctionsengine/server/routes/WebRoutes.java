package org.sanctionsengine.server.routes;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.sanctionsengine.server.access.Permission;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * The web UI's files: the page at {@code /} and its assets under {@code /ui/}, Chart.js from its
 * webjar at {@code /ui/vendor/chart.umd.min.js}. They hold no data, so they answer without a key;
 * the page asks for one and sends it with every API call.
 */
public final class WebRoutes {
  private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(html|js|css|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml");
  private static final String CHART_JS =
      "/META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.min.js";

  private WebRoutes() {}

  public static void register(RoutesConfig routes) {
    routes.get("/", ctx -> serve(ctx, "/web/index.html", "html"), Permission.PUBLIC);
    routes.get("/ui", ctx -> ctx.redirect("/"), Permission.PUBLIC);
    routes.get("/ui/vendor/chart.umd.min.js", ctx -> serve(ctx, CHART_JS, "js"), Permission.PUBLIC);
    routes.get(
        "/ui/{file}",
        ctx -> {
          String file = ctx.pathParam("file");
          if (!ASSET.matcher(file).matches()) {
            throw ProblemException.notFound("There is no file '" + file + "' in the web UI.");
          }
          serve(ctx, "/web/" + file, file.substring(file.lastIndexOf('.') + 1));
        },
        Permission.PUBLIC);
  }

  private static void serve(Context ctx, String resource, String extension) throws IOException {
    try (InputStream in = WebRoutes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw ProblemException.notFound("There is no file " + resource + " in the web UI.");
      }
      ctx.contentType(TYPES.get(extension));
      ctx.header("Cache-Control", "no-cache");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.result(in.readAllBytes());
    }
  }

  /** The Chart.js version of the webjar on the class path (its pom.properties). */
  private static String chartJsVersion() {
    String properties = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    try (InputStream in = WebRoutes.class.getResourceAsStream(properties)) {
      if (in == null) {
        throw new IllegalStateException("the Chart.js webjar is not on the class path");
      }
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + properties, e);
    }
  }
}
