package org.sanctionsengine.names;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ICU4J transliterators the normalizer uses, each behind a bounded cache: a transliterator
 * costs microseconds per word, and list names repeat the same words many times. ICU's
 * transliterators are stateless and safe to share between threads.
 */
final class Transliterations {
  private static final int MAX_CACHED = 50_000;

  private final Cached han = new Cached("Han-Latin; Latin-ASCII");
  private final Cached cyrillic = new Cached("Russian-Latin/BGN; Cyrillic-Latin");
  private final Cached arabic = new Cached("Arabic-Latin");
  private final Cached greek = new Cached("Greek-Latin/UNGEGN");
  private final Cached hebrew = new Cached("Hebrew-Latin");
  private final Cached other = new Cached("Any-Latin");
  private final Cached simplifiedToTraditional = new Cached("Hans-Hant");
  private final Cached toAscii = new Cached("NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII");

  /** Toneless pinyin of one Chinese character: 金 → "jin". */
  String pinyin(String character) {
    return han.apply(character).strip().toLowerCase(Locale.ROOT);
  }

  /** The traditional form of a simplified Chinese character (铁 → 鐵), or the character itself. */
  String traditional(String character) {
    return simplifiedToTraditional.apply(character);
  }

  /** A Cyrillic word in the BGN/PCGN system for Russian: Муаммар → "Muammar". */
  String cyrillic(String word) {
    return cyrillic.apply(word);
  }

  /**
   * An Arabic word in ICU's Arabic-Latin, with the tāʾ marbūṭa written "a" as lists write it (أسامة
   * → "ạ̉sạma").
   */
  String arabic(String word) {
    return arabic.apply(word).replace("ẗ", "a");
  }

  /**
   * A Greek word in the UN's romanization (UNGEGN, ELOT 743), the one Greek passports and the lists
   * use: Γιάννης → "Giannis", where ICU's default reads "Giannes".
   */
  String greek(String word) {
    return greek.apply(word);
  }

  /**
   * A Hebrew word by ICU's Hebrew-Latin: its consonants, since Hebrew leaves most vowels unwritten
   * (משה → "msh"); such tokens are compared with Latin ones by their consonant skeletons, as Arabic
   * ones are.
   */
  String hebrew(String word) {
    return hebrew.apply(word);
  }

  /**
   * A kana word in Hepburn, long vowels written once as the lists write Japanese names (たろう →
   * "taro", オウム → "omu" rather than "tarou", "oumu"; ゆうこ → "yuko").
   */
  String kana(String word) {
    return other.apply(word).replace("ou", "o").replace("uu", "u").replace("oo", "o");
  }

  /** Any other script, by ICU's Any-Latin. */
  String other(String word) {
    return other.apply(word);
  }

  /** Latin text without diacritics, in ASCII letters where ICU knows one (ø → o, ß → ss). */
  String ascii(String latin) {
    for (int i = 0; i < latin.length(); i++) {
      if (latin.charAt(i) >= 0x80) {
        return toAscii.apply(latin);
      }
    }
    return latin;
  }

  private static final class Cached {
    private final Transliterator transliterator;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Cached(String id) {
      this.transliterator = Transliterator.getInstance(id);
    }

    String apply(String text) {
      String cached = cache.get(text);
      if (cached != null) {
        return cached;
      }
      String result = transliterator.transliterate(text);
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(text, result);
      return result;
    }
  }
}
