package org.sanctionsengine.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sanctionsengine.regime.Authority;

/**
 * Decisions as JSON for machines. Field names are a contract (issue 2): {@code decision}, {@code
 * measures[]} with {@code id, instrument, provision, authority, effect, explanation}, {@code
 * bindingAuthorities}, {@code notes}; batch rows add the row's {@code id} and {@code line}.
 */
public final class DecisionJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private DecisionJson() {}

  public static ObjectNode decision(Decision d) {
    ObjectNode node = MAPPER.createObjectNode();
    Shipment s = d.shipment();
    if (!s.id().isEmpty()) {
      node.put("id", s.id());
    }
    node.put("decision", d.outcome().name());
    node.put("date", s.date().toString());
    node.put("from", s.from().alpha2());
    node.put("to", s.to().alpha2());
    node.put("origin", s.origin().alpha2());
    node.put("hs", s.goods().digits());
    if (!s.description().isEmpty()) {
      node.put("description", s.description());
    }
    ArrayNode measures = node.putArray("measures");
    for (Finding f : d.findings()) {
      measures.add(finding(f));
    }
    ArrayNode binding = node.putArray("bindingAuthorities");
    for (Authority a : Authority.values()) {
      if (d.bindingAuthorities().contains(a)) {
        binding.add(a.code());
      }
    }
    ArrayNode notes = node.putArray("notes");
    d.notes().forEach(notes::add);
    if (!s.warnings().isEmpty()) {
      ArrayNode warnings = node.putArray("warnings");
      s.warnings().forEach(warnings::add);
    }
    node.put("regimeVersion", d.regimeVersion());
    return node;
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode m = MAPPER.createObjectNode();
    m.put("id", f.measure().id());
    m.put("instrument", f.measure().provision().instrument().citation());
    m.put("provision", f.measure().provision().paragraph());
    m.put("authority", f.measure().authority().code());
    m.put("kind", f.measure().kindCode());
    m.put("effect", f.effect().name());
    m.put("explanation", f.explanation());
    m.put("status", f.measure().basis().status().label());
    ArrayNode sources = m.putArray("sources");
    f.measure().basis().sources().forEach(sources::add);
    return m;
  }

  public static ObjectNode rowError(ShipmentRow.Invalid row) {
    ObjectNode node = MAPPER.createObjectNode();
    if (!row.id().isEmpty()) {
      node.put("id", row.id());
    }
    node.put("line", row.line());
    node.put("error", "Row at line " + row.line() + ": " + row.problem());
    return node;
  }

  public static ObjectNode summary(java.util.List<CapUsage> usage) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode caps = node.putObject("summary").putArray("caps");
    for (CapUsage u : usage) {
      ObjectNode c = caps.addObject();
      c.put("measure", u.cap().id());
      c.put("instrument", u.cap().provision().instrument().citation());
      c.put("provision", u.cap().provision().paragraph());
      c.put("period", u.period());
      c.put("unit", u.limit().unit().code());
      c.put("limit", u.limit().amount());
      c.put("used", Math.round(u.used() * 100) / 100.0);
      c.put("deliveries", u.deliveries());
      c.put("refused", u.refused());
    }
    return node;
  }
}
