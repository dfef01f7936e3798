package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Issuer;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.ApiKeyAccess;
import org.sanctionsengine.server.access.Caller;
import org.sanctionsengine.server.access.Permission;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * API keys: who the caller is ({@code GET /api/me}, any key), and for administrators list, issue
 * (the secret is shown once) and revoke.
 */
public final class KeyRoutes {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** The body of {@code POST /api/keys}. */
  public record NewKey(@Nullable String holder, @Nullable String role) {}

  private KeyRoutes() {}

  public static void register(RoutesConfig routes, Engine engine, ApiKeyAccess access) {
    routes.get(
        "/api/me",
        ctx -> RequestBodies.json(ctx, 200, json(Caller.of(ctx).key())),
        Permission.SCREENER);
    routes.get(
        "/api/keys",
        ctx -> {
          ObjectNode body = JSON.objectNode();
          ArrayNode keys = body.putArray("keys");
          engine.storage().apiKeys().list().forEach(k -> keys.add(json(k)));
          RequestBodies.json(ctx, 200, body);
        },
        Permission.ADMIN);
    routes.post(
        "/api/keys",
        ctx -> {
          NewKey request = RequestBodies.read(ctx, NewKey.class);
          if (request.holder() == null || request.role() == null) {
            throw new InvalidInputException(
                "Give the key's holder and role, e.g. {\"holder\": \"alice\", \"role\":"
                    + " \"reviewer\"}.");
          }
          IssuedKey issued =
              engine
                  .storage()
                  .apiKeys()
                  .issue(
                      request.holder(),
                      Role.parse(request.role()),
                      Issuer.key(Caller.of(ctx).key()));
          access.keysChanged();
          ObjectNode body = json(issued.key());
          body.put("secret", issued.secret());
          RequestBodies.json(ctx, 201, body);
        },
        Permission.ADMIN);
    routes.delete(
        "/api/keys/{keyId}",
        ctx -> {
          long id;
          try {
            id = Long.parseLong(ctx.pathParam("keyId"));
          } catch (NumberFormatException e) {
            throw ProblemException.notFound("Keys are numbered 1, 2, 3 ...; see GET /api/keys.");
          }
          ApiKey revoked =
              engine
                  .storage()
                  .apiKeys()
                  .revoke(id, Issuer.key(Caller.of(ctx).key()))
                  .orElseThrow(() -> ProblemException.notFound("There is no key " + id + "."));
          access.keysChanged();
          RequestBodies.json(ctx, 200, json(revoked));
        },
        Permission.ADMIN);
  }

  static ObjectNode json(ApiKey key) {
    ObjectNode node = JSON.objectNode();
    node.put("id", key.id());
    node.put("holder", key.holder());
    node.put("role", key.role().code());
    node.put("createdAt", key.createdAt().toString());
    node.put("issuedBy", key.issuer().name());
    node.put("issuerKeyId", key.issuer().keyId());
    key.revokedAt()
        .ifPresentOrElse(
            at -> node.put("revokedAt", at.toString()), () -> node.putNull("revokedAt"));
    return node;
  }
}
