package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.entity.Script;
import org.sanctionsengine.names.NameToken;

/**
 * Every distinct token (and joined pair) of the list names, numbered, each prepared once as a
 * {@link TokenForm}. Texts and romanization keys are numbered too, so that a query token is
 * prepared by looking its text and keys up: a key no list token carries cannot make a query token
 * meet anything and is left out.
 */
final class TokenTable {
  static final int UNKNOWN = -1;

  private final Map<String, Integer> textIds;
  private final Map<String, Integer> keyIds;
  private final TokenForm[] forms;

  private TokenTable(Builder builder) {
    this.textIds = Map.copyOf(builder.textIds);
    this.keyIds = Map.copyOf(builder.keyIds);
    this.forms = builder.forms.toArray(TokenForm[]::new);
  }

  TokenForm form(int id) {
    return forms[id];
  }

  int size() {
    return forms.length;
  }

  /** A query token (or joined pair) prepared against this table. */
  TokenForm query(NameToken token) {
    return prepare(token, textIds.getOrDefault(token.text(), UNKNOWN), keyIds, false);
  }

  private static TokenForm prepare(
      NameToken token, int textId, Map<String, Integer> keyIds, boolean addKeys) {
    IntList korean = new IntList();
    IntList arabic = new IntList();
    IntList skeletons = new IntList();
    for (String key : token.keys()) {
      Integer id = key.startsWith("ko:") || key.startsWith("ar:") ? id(key, keyIds, addKeys) : null;
      if (id != null && key.startsWith("ko:")) {
        korean.add(id);
      } else if (id != null) {
        skeletons.add(id);
        // A skeleton of one consonant ("ar:m") says too little to meet an Arabic-script token.
        if (key.length() > 4) {
          arabic.add(id);
        }
      }
    }
    int[] koreanKeys = korean.sorted();
    int[] arabicKeys = arabic.sorted();
    return new TokenForm(
        token.text(),
        textId,
        token.kind(),
        token.script() == Script.ARABIC,
        koreanKeys,
        arabicKeys,
        skeletons.sorted(),
        TokenForm.letters(token.text()),
        TokenForm.keyBits(koreanKeys, arabicKeys));
  }

  /** The key's id; a new one if {@code add}, else none when no list token has the key. */
  private static @Nullable Integer id(String key, Map<String, Integer> keyIds, boolean add) {
    return add ? keyIds.computeIfAbsent(key, k -> keyIds.size()) : keyIds.get(key);
  }

  /** A few ints, collected. */
  private static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] sorted() {
      int[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      return sorted;
    }
  }

  /** Numbers list tokens as the index is built. */
  static final class Builder {
    private final Map<NameToken, Integer> ids = new HashMap<>();
    private final Map<String, Integer> textIds = new HashMap<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<TokenForm> forms = new ArrayList<>();

    /** The id of a list token, numbering it when it is new. */
    int add(NameToken token) {
      Integer id = ids.get(token);
      if (id != null) {
        return id;
      }
      int textId = textIds.computeIfAbsent(token.text(), text -> textIds.size());
      forms.add(prepare(token, textId, keyIds, true));
      ids.put(token, forms.size() - 1);
      return forms.size() - 1;
    }

    TokenTable build() {
      return new TokenTable(this);
    }
  }
}
