package org.sanctionsengine.names;

import java.util.List;

/** Test helpers: one shared normalizer and the ways tokens of two names can meet. */
final class Names {
  static final NameNormalizer NORMALIZER = NameNormalizer.create();

  private Names() {}

  static NormalizedName normalize(String name) {
    return NORMALIZER.normalize(name);
  }

  static List<String> texts(NormalizedName name) {
    return name.tokens().stream().map(NameToken::text).toList();
  }

  static List<TokenKind> kinds(NormalizedName name) {
    return name.tokens().stream().map(NameToken::kind).toList();
  }

  /** Whether the tokens of the two names meet one by one, in order: same text or a shared key. */
  static boolean meetTokenByToken(NormalizedName a, NormalizedName b) {
    if (a.tokens().size() != b.tokens().size()) {
      return false;
    }
    for (int i = 0; i < a.tokens().size(); i++) {
      if (!meet(a.tokens().get(i), b.tokens().get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean meet(NameToken a, NameToken b) {
    return a.text().equals(b.text()) || a.sharesKeyWith(b);
  }
}
