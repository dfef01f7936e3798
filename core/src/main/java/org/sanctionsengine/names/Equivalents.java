package org.sanctionsengine.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases that name the same thing, each read as one form: legal forms abbreviated,
 * expanded or translated ("corporation" as "corp", "aktiengesellschaft" as "ag", "obshchestvo s
 * ogranichennoy otvetstvennostyu" as "ooo") and country adjectives ("korean" as "korea"). The table
 * is a resource file beside this class, one form a line ({@code corp: corporation | corporations}),
 * so that a reviewer can read and extend it.
 *
 * <p>A phrase of several words is replaced whole, longest first; the form it is read as may be
 * several words too ("co ltd" for 주식회사's reading "jusikhoesa"). Reading a name twice changes
 * nothing: every form is its own reading.
 */
final class Equivalents {
  private final Map<String, List<String>> formOf;
  private final Set<String> firstWords;
  private final int longest;

  private Equivalents(Map<String, List<String>> formOf) {
    this.formOf = Map.copyOf(formOf);
    Set<String> first = new HashSet<>();
    int max = 1;
    for (String phrase : formOf.keySet()) {
      String[] words = phrase.split(" ");
      first.add(words[0]);
      max = Math.max(max, words.length);
    }
    this.firstWords = Set.copyOf(first);
    this.longest = max;
  }

  /**
   * Reads a table resource.
   *
   * @throws IllegalStateException when a line is malformed or a spelling has two forms
   */
  static Equivalents load(String resource) {
    Map<String, List<String>> formOf = new HashMap<>();
    for (String line : Resources.lines(resource)) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException(resource + ": expected 'form: spelling | ...': " + line);
      }
      List<String> form = List.of(line.substring(0, colon).strip().split(" "));
      for (String spelling : line.substring(colon + 1).split("\\|")) {
        String words = String.join(" ", spelling.strip().split("[\\s-]+"));
        List<String> earlier = formOf.put(words, form);
        if (earlier != null && !earlier.equals(form)) {
          throw new IllegalStateException(
              resource + ": '" + words + "' is read as both " + earlier + " and " + form);
        }
      }
    }
    return new Equivalents(formOf);
  }

  /** The tokens with each known spelling replaced by its form. */
  List<RawToken> apply(List<RawToken> tokens) {
    List<RawToken> out = null;
    for (int i = 0; i < tokens.size(); ) {
      int matched = 0;
      List<String> form = null;
      if (firstWords.contains(tokens.get(i).text())) {
        StringBuilder phrase = new StringBuilder();
        for (int n = 1; n <= longest && i + n <= tokens.size(); n++) {
          phrase.append(n > 1 ? " " : "").append(tokens.get(i + n - 1).text());
          List<String> found = formOf.get(phrase.toString());
          if (found != null) {
            matched = n;
            form = found;
          }
        }
      }
      if (form == null) {
        if (out != null) {
          out.add(tokens.get(i));
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      RawToken first = tokens.get(i);
      for (String word : form) {
        out.add(new RawToken(word, first.script(), Set.of(), false, first.title()));
      }
      i += matched;
    }
    return out == null ? tokens : out;
  }
}
