package org.sanctionsengine.server.access;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * The headers every answer carries, set before any route runs so that errors, streamed answers and
 * unknown paths carry them too:
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}: a browser takes JSON and problem documents for
 *       what they say they are, never for a script or a page;
 *   <li>{@code Cache-Control: no-store}: keys, decisions, cases and the audit log are never kept by
 *       a browser or a proxy. The web UI's files ({@code /}, {@code /ui/...}) hold no data and
 *       override this with {@code no-cache} (kept, but checked again on every use);
 *   <li>{@code Content-Security-Policy}: for the web UI, exactly what its page needs (its own
 *       scripts, styles, images and API; no inline script, no other host, see {@code
 *       web/index.html}); for everything else nothing at all ({@code default-src 'none'}). No page
 *       of this server may be framed ({@code frame-ancestors 'none'}, and {@code X-Frame-Options:
 *       DENY} for older browsers), except the Reconciliation API's preview card, which OpenRefine
 *       shows in a frame of its own page by design: it may be framed, but runs nothing;
 *   <li>{@code Referrer-Policy: no-referrer}: a reconciliation URL may carry {@code api_key}; it is
 *       never sent on to another site.
 * </ul>
 */
public final class SecurityHeaders implements Handler {
  /** The web UI: its own files and API only (matches the page's own meta policy). */
  static final String UI_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** JSON, problem documents, JSONP: nothing to load, nothing to run, never framed. */
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  /**
   * The reconciliation preview card: an HTML fragment with one inline style attribute, no script;
   * shown by OpenRefine in a frame, wherever OpenRefine runs.
   */
  static final String PREVIEW_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

  @Override
  public void handle(Context ctx) {
    String path = ctx.path();
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    if (path.equals("/reconcile/preview")) {
      ctx.header("Content-Security-Policy", PREVIEW_POLICY);
      return;
    }
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", isWebUi(path) ? UI_POLICY : API_POLICY);
  }

  /** The web UI's page and files (served by {@code WebRoutes}). */
  static boolean isWebUi(String path) {
    return path.equals("/") || path.equals("/ui") || path.startsWith("/ui/");
  }
}
