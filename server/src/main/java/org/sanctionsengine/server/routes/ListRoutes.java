package org.sanctionsengine.server.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import java.util.Map;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.lists.EntityDocuments;
import org.sanctionsengine.lists.ListSnapshot;
import org.sanctionsengine.lists.SnapshotManifest;
import org.sanctionsengine.server.Engine;
import org.sanctionsengine.server.ListsView;
import org.sanctionsengine.server.RequestBodies;
import org.sanctionsengine.server.access.Permission;
import org.sanctionsengine.server.errors.ProblemException;

/**
 * The list snapshots in use ({@code GET /api/lists}) and one entity ({@code GET /api/entities/ID}).
 */
public final class ListRoutes {
  private ListRoutes() {}

  public static void register(RoutesConfig routes, Engine engine) {
    routes.get(
        "/api/lists",
        ctx -> {
          ObjectNode body = JsonNodeFactory.instance.objectNode();
          ArrayNode snapshots = body.putArray("snapshots");
          for (ListSnapshot snapshot : engine.lists().current().snapshots()) {
            snapshots.add(manifest(snapshot.manifest()));
          }
          RequestBodies.json(ctx, 200, body);
        },
        Permission.SCREENER);
    routes.get(
        "/api/entities/{entityId}",
        ctx -> {
          String key = ctx.pathParam("entityId");
          ListsView.View view = engine.lists().current();
          Entity entity =
              view.entity(key)
                  .orElseThrow(
                      () ->
                          ProblemException.notFound(
                              "No entity '"
                                  + key
                                  + "' in the current list snapshots. Entity ids are"
                                  + " source:entry, e.g. un:KPi.033 or ofac:12345; a screening hit"
                                  + " gives its entityId."));
          ObjectNode body = EntityDocuments.json(entity);
          body.put("entityId", key);
          body.put("entryVersion", view.version(entity));
          RequestBodies.json(ctx, 200, body);
        },
        Permission.SCREENER);
  }

  static ObjectNode manifest(SnapshotManifest m) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("snapshotId", m.snapshotId());
    node.put("source", m.source().code());
    node.put("format", m.format().code());
    m.publishedOn()
        .ifPresentOrElse(
            d -> node.put("publishedOn", d.toString()), () -> node.putNull("publishedOn"));
    node.put("loadedAt", m.loadedAt().toString());
    node.put("contentSha256", m.contentSha256());
    node.put("entries", m.total());
    ObjectNode counts = node.putObject("counts");
    for (Map.Entry<EntityKind, Long> count : m.counts().entrySet()) {
      counts.put(count.getKey().code(), count.getValue());
    }
    return node;
  }
}
