package org.sanctionsengine.match;

import java.util.function.LongConsumer;
import org.sanctionsengine.entity.Script;
import org.sanctionsengine.names.KoreanNames;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * The keys under which a name is indexed and looked up, so that candidates are found without
 * comparing the query with every list name (as 64-bit hashes, {@link KeyHashes}):
 *
 * <ul>
 *   <li>{@code t:} the token text; {@code p:t:}, {@code p:ko:} and {@code p:d:} the text, Korean
 *       keys and spelling keys of two adjacent list tokens joined, which a single query token looks
 *       up ("Jongun" / "Jong Un", "Hyonu" / "Hyon Wu");
 *   <li>{@code ko:} Korean phonetic keys and Korean readings of Chinese characters;
 *   <li>{@code d:} the token (four letters or more) and each of its one-letter deletions (five
 *       letters or more; symmetric deletion, as in SymSpell): two tokens within one edit share one.
 *       Shorter tokens need no such keys: one edit in four letters or fewer is below {@link
 *       TokenSimilarity#MIN_EDIT_RATIO}, so they would only bring candidates that score nothing
 *       (and {@code d:kim} would repeat the thousands of names of {@code t:kim});
 *   <li>{@code ar:} consonant skeletons: every list token carries its own, and the tokens written
 *       in Arabic script also carry it as {@code arA:}, which Latin query tokens look up;
 *   <li>{@code sd:} a short Korean syllable ({@link #isKoreanSyllable}: Jon, Hae, Chol) and each of
 *       its one-letter deletions, looked up only by the syllables of a query that reads wholly as
 *       Korean: one wrong, doubled or dropped letter there is a typo worth finding ({@link
 *       TokenSimilarity#SYLLABLE_TYPO}), too short for the {@code d:} keys.
 * </ul>
 */
final class IndexKeys {
  static final int MIN_DELETION_LENGTH = 5;
  static final int MIN_SPELLING_LENGTH = 4;

  private IndexKeys() {}

  /**
   * The keys a list name is posted under: those of its normal tokens (all of its tokens when none
   * is normal) and of its pairs go to {@code out}; those of its weak tokens (legal forms,
   * particles) to {@code weak}, which holds the vocabulary of weak words, not the names.
   */
  static void listed(NormalizedName name, LongConsumer out, LongConsumer weak) {
    boolean onlyWeak = name.normalTokens().isEmpty();
    for (NameToken token : name.tokens()) {
      if (token.kind() == TokenKind.NORMAL || onlyWeak) {
        token(token, out);
      } else if (token.kind() == TokenKind.WEAK) {
        token(token, weak);
      }
    }
    for (NameToken pair : name.joinedPairs()) {
      queryAgainstListedPairs(pair, out);
    }
  }

  /**
   * The keys of list pairs (two list tokens joined) that a single query token looks up, and that a
   * list pair is posted under: its text, Korean keys and spelling keys ("Hyonu" is one edit from
   * "Hyon Wu").
   */
  static void queryAgainstListedPairs(NameToken token, LongConsumer out) {
    out.accept(KeyHashes.of("p:t:", token.text()));
    for (String key : token.keys()) {
      if (key.startsWith("ko:")) {
        out.accept(KeyHashes.of("p:", key));
      }
    }
    deletions("p:d:", token.text(), out);
  }

  /** Whether a token is a short Korean syllable, whose typos {@code sd:} keys find. */
  static boolean isKoreanSyllable(NameToken token) {
    if (token.kind() != TokenKind.NORMAL
        || token.text().length() < 2
        || token.text().length() > TokenForm.SYLLABLE_LETTERS) {
      return false;
    }
    for (String key : token.keys()) {
      if (key.startsWith("ko:")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a query reads as a Korean personal name ({@link KoreanNames}): only then are its short
   * syllables looked up by their typos ({@code sd:}).
   */
  static boolean readsAsKorean(NormalizedName query) {
    return KoreanNames.isKoreanName(query);
  }

  /** The {@code sd:} keys of a short Korean syllable: itself and its one-letter deletions. */
  static void syllableTypos(NameToken token, LongConsumer out) {
    String text = token.text();
    out.accept(KeyHashes.of("sd:", text));
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && text.charAt(i) == text.charAt(i - 1)) {
        continue;
      }
      out.accept(KeyHashes.of("sd:", text, 0, i));
    }
  }

  /** The keys a query token (or joined pair) is looked up under. */
  static void query(NameToken token, boolean pair, LongConsumer out) {
    out.accept(KeyHashes.of("t:", token.text()));
    for (String key : token.keys()) {
      if (key.startsWith("ko:")) {
        out.accept(KeyHashes.of("", key));
      } else if (!pair && key.length() > 4) {
        out.accept(
            token.script() == Script.ARABIC
                ? KeyHashes.of("", key)
                : KeyHashes.of("arA:", key, 3, -1));
      }
    }
    // A joined pair looks up its deletions too: "Mu Yong" is one edit from "Myong".
    deletions(token.text(), out);
  }

  private static void token(NameToken token, LongConsumer out) {
    out.accept(KeyHashes.of("t:", token.text()));
    if (isKoreanSyllable(token)) {
      syllableTypos(token, out);
    }
    for (String key : token.keys()) {
      out.accept(KeyHashes.of("", key));
      if (key.startsWith("ar:") && token.script() == Script.ARABIC) {
        out.accept(KeyHashes.of("arA:", key, 3, -1));
      }
    }
    deletions(token.text(), out);
  }

  private static void deletions(String text, LongConsumer out) {
    deletions("d:", text, out);
  }

  private static void deletions(String prefix, String text, LongConsumer out) {
    if (text.length() < MIN_SPELLING_LENGTH) {
      return;
    }
    out.accept(KeyHashes.of(prefix, text));
    if (text.length() < MIN_DELETION_LENGTH) {
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      if (i > 0 && text.charAt(i) == text.charAt(i - 1)) {
        continue; // deleting either of two equal letters gives the same string
      }
      out.accept(KeyHashes.of(prefix, text, 0, i));
    }
  }
}
