package org.sanctionsengine.server.recon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.sanctionsengine.entity.EntityKind;

/** The service manifest: what OpenRefine reads when the service is added. */
final class Manifest {
  private Manifest() {}

  static ObjectNode of(String base) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode m = json.objectNode();
    m.putArray("versions").add("0.2");
    m.put("name", "Sanctions Engine: UN, OFAC, EU, UK sanctions lists");
    m.put("identifierSpace", base + "/api/entities/");
    m.put("schemaSpace", base + "/api/schema/");
    m.put("documentation", base + "/ui/#about");
    m.put("serviceVersion", "0.1");
    ArrayNode types = m.putArray("defaultTypes");
    for (EntityKind kind : EntityKind.values()) {
      types.addObject().put("id", kind.code()).put("name", typeName(kind));
    }
    m.putObject("view").put("url", base + "/ui/#entity/{{id}}");
    m.putObject("preview")
        .put("url", base + "/reconcile/preview?id={{id}}")
        .put("width", 420)
        .put("height", 220);
    ObjectNode suggest = m.putObject("suggest");
    suggest
        .putObject("entity")
        .put("service_url", base)
        .put("service_path", "/reconcile/suggest/entity");
    m.putObject("authentication")
        .put("type", "apiKey")
        .put("name", "api_key")
        .put("in", "query")
        .put(
            "description",
            "An API key of this server (role screener or higher); also accepted as"
                + " 'Authorization: Bearer KEY'.");
    return m;
  }

  static String typeName(EntityKind kind) {
    String code = kind.code();
    return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
  }
}
