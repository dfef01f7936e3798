package org.sanctionsengine.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    int[] korean = new int[token.keys().size()];
    int[] arabic = new int[token.keys().size()];
    int koreanCount = 0;
    int arabicCount = 0;
    for (String key : token.keys()) {
      boolean isKorean = key.startsWith("ko:");
      // A skeleton of one consonant ("ar:m") says too little to count.
      boolean isArabic = key.startsWith("ar:") && key.length() > 4;
      if (isKorean || isArabic) {
        Integer id = addKeys ? keyIds.computeIfAbsent(key, k -> keyIds.size()) : keyIds.get(key);
        if (id != null && isKorean) {
          korean[koreanCount++] = id;
        } else if (id != null) {
          arabic[arabicCount++] = id;
        }
      }
    }
    int[] koreanKeys = Arrays.copyOf(korean, koreanCount);
    int[] arabicKeys = Arrays.copyOf(arabic, arabicCount);
    Arrays.sort(koreanKeys);
    Arrays.sort(arabicKeys);
    return new TokenForm(
        token.text(),
        textId,
        token.kind(),
        token.script() == Script.ARABIC,
        koreanKeys,
        arabicKeys,
        TokenForm.letters(token.text()),
        TokenForm.keyBits(koreanKeys, arabicKeys));
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
