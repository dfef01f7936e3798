package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

  /** A word of this many list names or more is a name in use ({@link TokenForm#commonWord}). */
  static final int COMMON_WORD_NAMES = 3;

  private final Map<String, Integer> textIds;
  private final Map<String, Integer> keyIds;
  private final TokenForm[] forms;
  private final int[] textNames;

  private TokenTable(Builder builder) {
    this.textIds = Map.copyOf(builder.textIds);
    this.keyIds = Map.copyOf(builder.keyIds);
    this.forms = builder.forms.toArray(TokenForm[]::new);
    this.textNames = Arrays.copyOf(builder.textNames, builder.textIds.size());
  }

  TokenForm form(int id) {
    return forms[id];
  }

  int size() {
    return forms.length;
  }

  /** A query token (or joined pair) prepared against this table. */
  TokenForm query(NameToken token) {
    int textId = textIds.getOrDefault(token.text(), UNKNOWN);
    boolean common = textId != UNKNOWN && textNames[textId] >= COMMON_WORD_NAMES;
    return prepare(token, textId, common, keyIds::get);
  }

  /**
   * Prepares a token; {@code keyId} gives a key's id, or null for a key no list token has (a query
   * token's key that cannot meet anything).
   */
  private static TokenForm prepare(
      NameToken token, int textId, boolean commonWord, Function<String, @Nullable Integer> keyId) {
    IntList korean = new IntList();
    IntList arabic = new IntList();
    long consonants = 0;
    for (String key : token.keys()) {
      boolean isKorean = key.startsWith("ko:");
      boolean isSkeleton = key.startsWith("ar:");
      Integer id = isKorean || isSkeleton ? keyId.apply(key) : null;
      if (isSkeleton) {
        consonants |= TokenForm.consonants(key);
      }
      if (id != null && isKorean) {
        korean.add(id);
      } else if (id != null && key.length() > 4) {
        // A skeleton of one consonant ("ar:m") says too little to meet an Arabic-script token.
        arabic.add(id);
      }
    }
    int[] koreanKeys = korean.sorted();
    int[] arabicKeys = arabic.sorted();
    return new TokenForm(
        token.text(),
        textId,
        commonWord,
        token.kind(),
        token.script() == Script.ARABIC,
        koreanKeys,
        arabicKeys,
        consonants,
        TokenForm.letters(token.text()),
        TokenForm.keyBits(koreanKeys, arabicKeys),
        IndexKeys.isKoreanSyllable(token));
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

  /** Numbers list tokens as the index is built, and counts the names each text is a word of. */
  static final class Builder {
    private final Map<NameToken, Integer> ids = new HashMap<>();
    private final Map<String, Integer> textIds = new HashMap<>();
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<TokenForm> forms = new ArrayList<>();
    private int[] textNames = new int[1024];
    private int[] lastName = new int[1024];
    private int names;

    /** The id of a list token, numbering it when it is new. */
    int add(NameToken token) {
      Integer id = ids.get(token);
      if (id != null) {
        return id;
      }
      int textId = textIds.computeIfAbsent(token.text(), text -> textIds.size());
      forms.add(
          prepare(token, textId, false, key -> keyIds.computeIfAbsent(key, k -> keyIds.size())));
      ids.put(token, forms.size() - 1);
      return forms.size() - 1;
    }

    /** Counts one more list name for each distinct text among these token ids. */
    void countName(int[] tokenIds) {
      names++;
      for (int tokenId : tokenIds) {
        int textId = forms.get(tokenId).textId();
        if (textId >= textNames.length) {
          textNames = Arrays.copyOf(textNames, Math.max(textId + 1, textNames.length * 2));
          lastName = Arrays.copyOf(lastName, textNames.length);
        }
        if (lastName[textId] != names) {
          lastName[textId] = names;
          textNames[textId]++;
        }
      }
    }

    TokenTable build() {
      return new TokenTable(this);
    }
  }
}
