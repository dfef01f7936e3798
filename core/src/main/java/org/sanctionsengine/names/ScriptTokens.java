package org.sanctionsengine.names;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.sanctionsengine.entity.Script;

/**
 * Turns one word into Latin tokens according to its script. Hangul and Chinese words become one
 * token per syllable (김정은 → kim, jong, un; 金正恩 → jin, zheng, en with Korean readings kim, jong,
 * un), because lists write Korean and Chinese given names syllable by syllable; their legal forms
 * (주식회사, 有限公司) and titles (동지, 先生) are recognised first, in their own script, and kept whole.
 * Cyrillic, Arabic and other scripts go through ICU4J's transliterators.
 */
final class ScriptTokens {
  private static final String ARABIC_ARTICLE = "ال";

  private final Transliterations transliterations;
  private final HanjaReadings hanja;
  private final WordLists lists;

  ScriptTokens(Transliterations transliterations, HanjaReadings hanja, WordLists lists) {
    this.transliterations = transliterations;
    this.hanja = hanja;
    this.lists = lists;
  }

  /** Adds the tokens of {@code word} to {@code out}. */
  void tokens(Word word, Consumer<RawToken> out) {
    switch (word.script()) {
      case HANGUL, HAN -> cjk(word, out);
      case CYRILLIC -> latin(transliterations.cyrillic(word.text()), word.script(), out);
      case ARABIC -> arabic(word.text(), out);
      case GREEK -> latin(transliterations.greek(word.text()), word.script(), out);
      case HEBREW -> latin(transliterations.hebrew(word.text()), word.script(), out);
      case KANA -> latin(transliterations.kana(word.text()), word.script(), out);
      case OTHER -> latin(transliterations.other(word.text()), word.script(), out);
      case LATIN, NONE -> {
        if (word.abbreviation()) {
          out.accept(new RawToken(word.text(), Script.LATIN, Set.of(), true, false));
        } else {
          latin(word.text(), word.script(), out);
        }
      }
    }
  }

  private void cjk(Word word, Consumer<RawToken> out) {
    String text = word.text();
    if (lists.isTitle(text)) {
      RawToken title = joined(text);
      out.accept(new RawToken(title.text(), title.script(), Set.of(), false, true));
      return;
    }
    for (String legalForm : lists.cjkLegalForms()) {
      if (text.length() > legalForm.length() && text.endsWith(legalForm)) {
        syllables(text.substring(0, text.length() - legalForm.length()), out);
        out.accept(joined(legalForm));
        return;
      }
      if (text.length() > legalForm.length() && text.startsWith(legalForm)) {
        out.accept(joined(legalForm));
        syllables(text.substring(legalForm.length()), out);
        return;
      }
      if (text.equals(legalForm)) {
        out.accept(joined(legalForm));
        return;
      }
    }
    syllables(text, out);
  }

  /** A CJK word as one token, its syllables' Latin forms joined (주식회사 → "jusikhoesa"). */
  private RawToken joined(String word) {
    StringBuilder text = new StringBuilder();
    syllables(word, token -> text.append(token.text()));
    return RawToken.of(text.toString(), Words.scriptOf(word.codePointAt(0)));
  }

  private void syllables(String text, Consumer<RawToken> out) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      String character = new String(Character.toChars(codePoint));
      if (HangulRomanizer.isSyllable(codePoint)) {
        out.accept(
            RawToken.of(
                HangulRomanizer.syllable(codePoint, KoreanRomanization.DPRK), Script.HANGUL));
      } else if (Words.scriptOf(codePoint) == Script.HAN) {
        out.accept(han(character));
      } else {
        latin(transliterations.other(character), Words.scriptOf(codePoint), out);
      }
    }
  }

  private RawToken han(String character) {
    Set<String> readings = new LinkedHashSet<>();
    List<String> korean = hanja.of(character);
    if (korean.isEmpty()) {
      korean = hanja.of(transliterations.traditional(character));
    }
    for (String reading : korean) {
      readings.add(HangulRomanizer.romanize(reading, KoreanRomanization.DPRK, ""));
    }
    String pinyin = clean(transliterations.pinyin(character));
    readings.remove(pinyin);
    return new RawToken(pinyin.isEmpty() ? character : pinyin, Script.HAN, readings, false, false);
  }

  private void arabic(String word, Consumer<RawToken> out) {
    String rest = word;
    if (word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1) {
      out.accept(RawToken.of("al", Script.ARABIC));
      rest = word.substring(ARABIC_ARTICLE.length());
    }
    latin(transliterations.arabic(rest), Script.ARABIC, out);
  }

  private void latin(String text, Script script, Consumer<RawToken> out) {
    String cleaned = clean(transliterations.ascii(text).toLowerCase(Locale.ROOT));
    if (cleaned.isEmpty() && script == Script.LATIN) {
      cleaned =
          clean(transliterations.ascii(transliterations.other(text)).toLowerCase(Locale.ROOT));
    }
    if (!cleaned.isEmpty()) {
      out.accept(RawToken.of(cleaned, script));
    }
  }

  /**
   * Keeps ASCII letters and digits only: transliterators leave spaces, modifier letters that mark
   * ayn, hamza and soft signs (ʿ, ʾ, ʹ), and letters they have no rule for.
   */
  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
