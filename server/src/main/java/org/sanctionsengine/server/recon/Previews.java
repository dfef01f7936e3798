package org.sanctionsengine.server.recon;

import java.util.List;
import java.util.stream.Collectors;
import org.sanctionsengine.entity.Entity;
import org.sanctionsengine.entity.Name;
import org.sanctionsengine.entity.Person;
import org.sanctionsengine.entity.Program;

/** A list entry in a few words (candidates' descriptions) and as a small HTML card (previews). */
final class Previews {
  private Previews() {}

  /** "person · un KPi.033 · programs DPRK · born 1984-01-08". */
  static String description(Entity e) {
    StringBuilder text =
        new StringBuilder(e.kind().code())
            .append(" · ")
            .append(e.ref().source().code())
            .append(' ')
            .append(e.ref().sourceId());
    List<Program> programs = e.listing().programs();
    if (!programs.isEmpty()) {
      text.append(" · programs ")
          .append(programs.stream().map(Program::code).collect(Collectors.joining(", ")));
    }
    if (e instanceof Person p && !p.birthDates().isEmpty()) {
      text.append(" · born ").append(p.birthDates().get(0).display());
    }
    return text.toString();
  }

  /** A self-contained HTML fragment; every value escaped. */
  static String html(Entity e) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(e.primaryName().value()))
        .append("</title></head><body style=\"font:13px sans-serif;margin:6px\">")
        .append("<b>")
        .append(escape(e.primaryName().value()))
        .append("</b><br><small>")
        .append(escape(description(e)))
        .append("</small>");
    List<String> aliases =
        e.names().stream().skip(1).limit(8).map(Name::value).map(Previews::escape).toList();
    if (!aliases.isEmpty()) {
      html.append("<p>Also: ").append(String.join("; ", aliases)).append("</p>");
    }
    e.listing().listedOn().ifPresent(d -> html.append("<p>Listed on ").append(d).append("</p>"));
    html.append("</body></html>");
    return html.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
