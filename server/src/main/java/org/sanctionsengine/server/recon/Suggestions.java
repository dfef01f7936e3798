package org.sanctionsengine.server.recon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.server.ListsView;

/**
 * Suggest (auto-complete) of entities: names in which a word starts with what was typed, primary
 * names first. A scan of the loaded names (some tens of thousands) takes a few milliseconds, which
 * is what typing needs; screening uses the name index instead.
 */
final class Suggestions {
  static final int PAGE = 10;

  private Suggestions() {}

  static ObjectNode entities(ListsView.View view, String prefix, int cursor) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode result = body.putArray("result");
    String wanted = fold(prefix);
    if (wanted.isEmpty()) {
      return body;
    }
    List<Entity> found = new ArrayList<>();
    for (Entity e : view.byKey().values()) {
      if (e.names().stream().map(Name::value).anyMatch(n -> startsAWord(fold(n), wanted))) {
        found.add(e);
      }
    }
    found.sort(
        Comparator.comparing((Entity e) -> !startsAWord(fold(e.primaryName().value()), wanted))
            .thenComparing(e -> e.primaryName().value()));
    found.stream()
        .skip(cursor)
        .limit(PAGE)
        .forEach(
            e ->
                result
                    .addObject()
                    .put("id", e.ref().key())
                    .put("name", e.primaryName().value())
                    .put("description", Previews.description(e)));
    return body;
  }

  private static boolean startsAWord(String name, String prefix) {
    return name.startsWith(prefix) || name.contains(" " + prefix);
  }

  /** Lower case without accents or punctuation, so that "kim jong-u" finds "KIM JONG UN". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return out.toString().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
