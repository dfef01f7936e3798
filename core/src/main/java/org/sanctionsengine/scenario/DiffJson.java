package org.sanctionsengine.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Shipment;

/**
 * A scenario diff as JSON, streamed (a million-row portfolio may flip hundreds of thousands of
 * decisions). Fields: {@code scenario, title, asOf, transactions, refusedRows, outcomes{regime,
 * scenario}, unlocked, byMeasure[], byChapter[], byAuthority[], flips[]}; docs/scenarios.md.
 */
public final class DiffJson {
  private DiffJson() {}

  public static void write(DiffReport r, int refused, int maxFlips, Writer out) {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("scenario", r.scenario());
      json.writeStringField("title", r.scenarioTitle());
      if (r.asOf().isPresent()) {
        json.writeStringField("asOf", r.asOf().get().toString());
      } else {
        json.writeNullField("asOf");
      }
      json.writeNumberField("transactions", r.transactions());
      json.writeNumberField("refusedRows", refused);
      json.writeObjectFieldStart("outcomes");
      counts(json, "regime", r.before());
      counts(json, "scenario", r.after());
      json.writeEndObject();
      json.writeFieldName("unlocked");
      tally(json, r.unlocked());
      tallies(json, "byMeasure", r.byMeasure());
      tallies(json, "byChapter", r.byChapter());
      tallies(json, "byAuthority", r.byAuthority());
      json.writeNumberField("flipCount", r.flips().size());
      json.writeArrayFieldStart("flips");
      List<Flip> flips =
          maxFlips > 0 && r.flips().size() > maxFlips ? r.flips().subList(0, maxFlips) : r.flips();
      for (Flip f : flips) {
        flip(json, f);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void counts(JsonGenerator json, String name, Map<Outcome, Long> counts)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (Outcome o : Outcome.values()) {
      json.writeNumberField(o.name(), counts.getOrDefault(o, 0L));
    }
    json.writeEndObject();
  }

  private static void tallies(JsonGenerator json, String name, List<Tally> tallies)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (Tally t : tallies) {
      tally(json, t);
    }
    json.writeEndArray();
  }

  private static void tally(JsonGenerator json, Tally t) throws IOException {
    json.writeStartObject();
    json.writeStringField("key", t.key());
    json.writeStringField("label", t.label());
    json.writeNumberField("transactions", t.transactions());
    json.writeNumberField("valueUsd", Math.round(t.valueUsd()));
    json.writeNumberField("valuesInOtherCurrencies", t.otherCurrency());
    json.writeObjectFieldStart("quantities");
    for (Map.Entry<String, Double> q : t.sortedQuantities().entrySet()) {
      json.writeNumberField(q.getKey(), q.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void flip(JsonGenerator json, Flip f) throws IOException {
    Shipment s = f.shipment();
    json.writeStartObject();
    json.writeStringField("id", s.id());
    json.writeStringField("date", s.date().toString());
    json.writeStringField("from", s.from().alpha2());
    json.writeStringField("to", s.to().alpha2());
    json.writeStringField("hs", s.goods().digits());
    if (s.value().isPresent()) {
      json.writeNumberField("value", s.value().get().amount());
      json.writeStringField("currency", s.value().get().currency());
    }
    if (s.quantity().isPresent()) {
      json.writeNumberField("quantity", s.quantity().get().amount());
      json.writeStringField("unit", s.quantity().get().unit().code());
    }
    json.writeStringField("regime", f.before().name());
    json.writeStringField("scenario", f.after().name());
    json.writeArrayFieldStart("relievedMeasures");
    for (Measure m : f.relieved()) {
      json.writeString(m.id());
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
