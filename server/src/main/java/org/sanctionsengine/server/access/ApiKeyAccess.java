package org.sanctionsengine.server.access;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.ApiKeyStore;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.server.errors.Problem;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * Checks the API key of every request to a route that is not {@link Permission#PUBLIC}. The key is
 * read from {@code Authorization: Bearer KEY}, else {@code X-API-Key: KEY}, else, on the
 * reconciliation routes only, the query parameter {@code api_key} (OpenRefine can only add
 * parameters to a service URL). A key in the query string of any other route is refused (401) with
 * a problem saying to use the header. Without a valid key: 401; with a key whose role is too low:
 * 403.
 */
public final class ApiKeyAccess implements Handler {
  /** The query parameter that carries a key, on the reconciliation routes only. */
  static final String QUERY_KEY = "api_key";

  private final KeyCache keys;

  public ApiKeyAccess(ApiKeyStore store) {
    this.keys = new KeyCache(store, System::nanoTime);
  }

  @Override
  public void handle(Context ctx) {
    Permission needed = permission(ctx.routeRoles());
    Optional<Role> role = needed.role();
    if (role.isEmpty()) {
      return;
    }
    String secret = secret(ctx);
    if (secret.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ProblemException(
          Problem.of(
              401,
              "unauthenticated",
              "API key required",
              "This request needs an API key: send it as 'Authorization: Bearer KEY'. An"
                  + " administrator issues keys with `sanctions keys create --role screener"
                  + " --holder NAME`."));
    }
    ApiKey key =
        keys.authenticate(secret)
            .orElseThrow(
                () -> {
                  ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                  return new ProblemException(
                      Problem.of(
                          401,
                          "unauthenticated",
                          "Unknown API key",
                          "The API key is not known to this server, or was revoked. Ask an"
                              + " administrator for a valid key."));
                });
    if (!key.role().includes(role.get())) {
      throw new ProblemException(
          Problem.of(
              403,
              "forbidden",
              "Role too low",
              "The key of '"
                  + key.holder()
                  + "' has the role "
                  + key.role().code()
                  + "; "
                  + ctx.method()
                  + " "
                  + ctx.path()
                  + " needs the role "
                  + role.get().code()
                  + " or higher."));
    }
    new Caller(key).attachTo(ctx);
  }

  /** Keys were issued or revoked through this server: stop trusting what the cache remembers. */
  public void keysChanged() {
    keys.forget();
  }

  /** {@code /reconcile} and below: the routes OpenRefine calls with the key in the URL. */
  static boolean isReconciliation(String path) {
    return path.equals("/reconcile") || path.startsWith("/reconcile/");
  }

  private static Permission permission(Set<RouteRole> roles) {
    for (RouteRole role : roles) {
      if (role instanceof Permission p) {
        return p;
      }
    }
    // A route registered without a permission is a mistake; refuse rather than serve it openly.
    return Permission.ADMIN;
  }

  private static String secret(Context ctx) {
    String query = ctx.queryParam(QUERY_KEY);
    if (query != null && !isReconciliation(ctx.path())) {
      // A key in a URL ends up in access logs, proxies and browser history. Refused even beside a
      // valid header, so that the client is fixed rather than the key leaked on every call.
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ProblemException(
          Problem.of(
              401,
              "unauthenticated",
              "API key in the query string",
              ctx.method()
                  + " "
                  + ctx.path()
                  + " does not take the API key as the query parameter '"
                  + QUERY_KEY
                  + "': only the Reconciliation API (/reconcile...) does, for OpenRefine. Send"
                  + " the key as 'Authorization: Bearer KEY' (or 'X-API-Key: KEY'). The key has"
                  + " been in a URL, which servers and proxies log: consider it exposed, and ask"
                  + " an administrator for a new one."));
    }
    String authorization = ctx.header("Authorization");
    if (authorization != null
        && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")
        && authorization.length() > 7) {
      return authorization.substring(7).strip();
    }
    String header = ctx.header("X-API-Key");
    if (header != null && !header.isBlank()) {
      return header.strip();
    }
    return query == null ? "" : query.strip();
  }
}
