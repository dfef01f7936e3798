package org.sanctionsengine.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Words and phrases that name the same thing: legal forms abbreviated, expanded or translated
 * ("corporation" and "corp", "aktiengesellschaft" and "ag", "obshchestvo s ogranichennoy
 * otvetstvennostyu" and "ooo") and country adjectives ("korean" and "korea"). The table is a
 * resource file beside this class, one form a line ({@code corp: corporation | corporations}), so
 * that a reviewer can read and extend it.
 *
 * <p>A word keeps its spelling and gets an equivalence key ({@link #key}, {@code eq:corp}) that its
 * other spellings share: the two meet as the same word, and a typo in either still meets the other
 * by its letters ("Corporatoin" / "Corporation"). A phrase of several words, and a word read as
 * several ("jusikhoesa", 주식회사, as "co ltd"), is replaced by its form, longest first. Reading a name
 * twice changes nothing: every form is its own reading.
 */
final class Equivalents {
  /** The prefix of equivalence keys among a token's keys. */
  static final String KEY_PREFIX = "eq:";

  private final Map<String, List<String>> formOf;
  private final Set<String> singleForms;
  private final Set<String> firstWords;
  private final int longest;

  private Equivalents(Map<String, List<String>> formOf) {
    this.formOf = Map.copyOf(formOf);
    Set<String> forms = new HashSet<>();
    for (List<String> form : formOf.values()) {
      if (form.size() == 1) {
        forms.add(form.get(0));
      }
    }
    this.singleForms = Set.copyOf(forms);
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

  /**
   * The key a word shares with its other spellings ({@code "eq:corp"} for "corp", "corporation" and
   * "corporations"), or null when the table does not know it as one word.
   */
  @Nullable String key(String word) {
    List<String> form = formOf.get(word);
    if (form != null) {
      return form.size() == 1 ? KEY_PREFIX + form.get(0) : null;
    }
    return singleForms.contains(word) ? KEY_PREFIX + word : null;
  }

  /** The one-word form of {@code word}, or the word itself when the table has none. */
  String formOf(String word) {
    List<String> form = formOf.get(word);
    return form != null && form.size() == 1 ? form.get(0) : word;
  }

  /** The tokens with each phrase, and each word read as several, replaced by its form. */
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
          if (found != null && (n > 1 || found.size() > 1)) {
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
