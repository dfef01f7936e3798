package org.sanctionsengine.names;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.entity.EntityKind;
import org.sanctionsengine.entity.Script;

/**
 * Normalizes names for matching. The pipeline, one step per class:
 *
 * <ol>
 *   <li>{@link NameInputChecks}: reject empty, over-long and control-character names;
 *   <li>{@link LookAlikes}: letters of other scripts that imitate Latin ones inside a Latin name (a
 *       Cyrillic С in "Сhаnggwang") are folded to the Latin letters, and reported;
 *   <li>Unicode NFKC with locale-independent case folding (ICU's NFKC_Casefold, which also drops
 *       invisible format characters): "ＫＩＭ" and "KIM" become "kim", Turkish İ and ı become i;
 *   <li>{@link Words}: split at spaces, hyphens, punctuation and script changes, apostrophes
 *       removed ("Ch'oe" → "choe", "Jong-un" → "jong", "un");
 *   <li>{@link ScriptTokens}: transliterate each word to Latin by its script (Hangul in the DPRK's
 *       spelling, Chinese characters as pinyin with Korean readings, Cyrillic BGN/PCGN, Arabic,
 *       other scripts by ICU), then remove diacritics;
 *   <li>{@link Equivalents}: country adjectives meet the country ("korean" and "korea"), and in
 *       names other than people's, legal forms meet whatever their spelling ("corporation" and
 *       "corp", "aktiengesellschaft" and "ag"; "SiemensAG" is split into "siemens ag"), through a
 *       shared {@code eq:} key; a particle is read in one spelling (ibn and ben as bin);
 *   <li>titles dropped, legal forms and particles marked weak, single letters marked initials
 *       ({@link WordLists});
 *   <li>romanization keys per token ({@link KoreanKeys}, {@link ArabicSkeletons}).
 * </ol>
 *
 * <p>An instance is immutable and safe to share between threads; create one per application, since
 * creating it loads tables and transliterators (tens of milliseconds).
 */
public final class NameNormalizer {
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final int MAX_PAIR_READINGS = 9;

  /**
   * A legal form written onto the end of a word in capitals ("SiemensAG", "GazpromOOO"): the place
   * to split it off. Only after a lower-case letter, so that "NASA" or "SAGA" stay whole.
   */
  private static final Pattern GLUED_LEGAL_FORM =
      Pattern.compile(
          "(?<=\\p{Ll})(?=(?:AG|GmbH|GMBH|LLC|Ltd|LTD|Inc|INC|JSC|PJSC|OJSC|PLC|Plc|SpA|OOO|Corp"
              + "|CORP|KK|BV|NV)(?!\\p{L}))");

  private final WordLists lists;
  private final ScriptTokens scriptTokens;
  private final Equivalents legalForms;
  private final Equivalents countryWords;
  private final Equivalents particles;

  private NameNormalizer(
      WordLists lists,
      ScriptTokens scriptTokens,
      Equivalents legalForms,
      Equivalents countryWords,
      Equivalents particles) {
    this.lists = lists;
    this.scriptTokens = scriptTokens;
    this.legalForms = legalForms;
    this.countryWords = countryWords;
    this.particles = particles;
  }

  /** A normalizer with the word lists and tables shipped in this package. */
  public static NameNormalizer create() {
    WordLists lists = WordLists.load();
    return new NameNormalizer(
        lists,
        new ScriptTokens(new Transliterations(), HanjaReadings.load(), lists),
        Equivalents.load("legal-form-equivalents.txt"),
        Equivalents.load("country-words.txt"),
        Equivalents.load("particle-equivalents.txt"));
  }

  /**
   * Normalizes the name of a party of unknown kind: titles and legal forms are weak tokens.
   *
   * @throws InvalidNameException if the name is empty, too long, has no letters or digits, or holds
   *     a control character
   */
  public NormalizedName normalize(String name) {
    return normalize(name, NamePolicy.UNKNOWN);
  }

  /**
   * Normalizes the name of a party of a known kind: a person's titles are dropped, an
   * organization's, vessel's or aircraft's legal forms are weak.
   *
   * @throws InvalidNameException if the name is empty, too long, has no letters or digits, or holds
   *     a control character
   */
  public NormalizedName normalize(String name, EntityKind kind) {
    return normalize(name, NamePolicy.of(kind));
  }

  /**
   * The name read by its looks, when it has no Latin letter but every letter of it looks like a
   * Latin one ("ЕRІС ВАDЕGЕ" with Cyrillic letters only): a name to search as well as its
   * transliteration, since it may be written in Cyrillic or Greek or be a Latin name disguised. The
   * reading's {@link NormalizedName#lookAlikes()} name the letters read by their looks.
   *
   * @param kind the party's kind, or null when unknown
   */
  public Optional<NormalizedName> lookAlikeReading(String name, @Nullable EntityKind kind) {
    Optional<LookAlikes.Folding> whole = LookAlikes.foldWhole(NFC.normalize(name));
    if (whole.isEmpty()) {
      return Optional.empty();
    }
    NormalizedName read =
        normalize(whole.get().text(), kind == null ? NamePolicy.UNKNOWN : NamePolicy.of(kind));
    return Optional.of(
        new NormalizedName(
            name, read.tokens(), read.scripts(), read.joinedPairs(), whole.get().folded()));
  }

  /**
   * The name with a legal form written onto a word's end in capitals split off ("SiemensAG" →
   * "Siemens AG"). The pattern runs only on names that change from a lower-case letter to a capital
   * somewhere: a search normalizes every query, and most have no such place.
   */
  private static String splitGluedLegalForms(String name) {
    for (int i = 1; i < name.length(); i++) {
      if (Character.isUpperCase(name.charAt(i)) && Character.isLowerCase(name.charAt(i - 1))) {
        return GLUED_LEGAL_FORM.matcher(name).replaceAll(" ");
      }
    }
    return name;
  }

  private NormalizedName normalize(String name, NamePolicy policy) {
    NameInputChecks.check(name);
    List<String> lookAlikes = new ArrayList<>(LookAlikes.mathematicalLetters(name));
    LookAlikes.Folding latin = LookAlikes.fold(NFC.normalize(name));
    lookAlikes.addAll(latin.folded());
    String folded = NFKC_CASEFOLD.normalize(splitGluedLegalForms(latin.text()));
    List<RawToken> raw = new ArrayList<>();
    for (Word word : Words.split(folded)) {
      scriptTokens.tokens(word, raw::add);
    }
    if (raw.isEmpty()) {
      throw noLetters(name);
    }
    raw = countryWords.apply(raw);
    if (policy.weighsLegalForms()) {
      raw = legalForms.apply(raw);
    }
    List<NameToken> tokens = new ArrayList<>(raw.size());
    for (RawToken token : policy.dropsTitles() ? withoutTitles(raw) : raw) {
      addTokens(token, policy, tokens.isEmpty(), tokens);
    }
    return new NormalizedName(name, tokens, scripts(raw), joinedPairs(tokens), lookAlikes);
  }

  /**
   * Titles go, unless nothing else is left: a name "General" stays "general". Dotted letters are
   * initials, never a title ("J.R." is not "Jr").
   */
  private List<RawToken> withoutTitles(List<RawToken> raw) {
    List<RawToken> kept =
        raw.stream()
            .filter(
                token -> !token.title() && (token.abbreviation() || !lists.isTitle(token.text())))
            .toList();
    return kept.isEmpty() ? raw : kept;
  }

  private void addTokens(RawToken token, NamePolicy policy, boolean first, List<NameToken> out) {
    String text = token.text();
    boolean legalForm = policy.weighsLegalForms() && lists.isLegalForm(text);
    if (token.abbreviation() && !legalForm) {
      // "J.R." or "U.S.A.": initials, one per letter.
      for (char letter : text.toCharArray()) {
        out.add(token(String.valueOf(letter), TokenKind.INITIAL, token, policy));
      }
      return;
    }
    TokenKind kind;
    boolean weakTitle =
        policy.weighsTitles() && (token.title() || (!token.abbreviation() && lists.isTitle(text)));
    boolean particle = !legalForm && !weakTitle && lists.isParticle(text, first);
    if (particle) {
      // One spelling for each particle (ibn and ben as bin, el as al): particles carry no typos
      // worth keeping, and a shared text costs the search nothing, where a shared key would.
      text = particles.formOf(text);
    }
    if (legalForm || weakTitle || particle) {
      kind = TokenKind.WEAK;
    } else if (text.length() == 1 && text.charAt(0) >= 'a' && text.charAt(0) <= 'z') {
      kind = TokenKind.INITIAL;
    } else {
      kind = TokenKind.NORMAL;
    }
    out.add(token(text, kind, token, policy));
  }

  private NameToken token(String text, TokenKind kind, RawToken raw, NamePolicy policy) {
    Set<String> readings = text.equals(raw.text()) ? raw.readings() : Set.of();
    Set<String> keys = TokenKeys.of(text, readings);
    String same = countryWords.key(text);
    if (same == null && policy.weighsLegalForms()) {
      same = legalForms.key(text);
    }
    if (same != null) {
      Set<String> all = new HashSet<>(keys);
      all.add(same);
      keys = all;
    }
    return new NameToken(text, kind, raw.script(), readings, keys);
  }

  private static Set<Script> scripts(List<RawToken> raw) {
    Set<Script> scripts = EnumSet.noneOf(Script.class);
    for (RawToken token : raw) {
      if (token.script() != Script.NONE) {
        scripts.add(token.script());
      }
    }
    return scripts.isEmpty() ? Set.of(Script.NONE) : scripts;
  }

  private static List<NameToken> joinedPairs(List<NameToken> tokens) {
    List<NameToken> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      NameToken first = tokens.get(i);
      NameToken second = tokens.get(i + 1);
      if (first.kind() == TokenKind.NORMAL && second.kind() == TokenKind.NORMAL) {
        pairs.add(joined(first, second));
      }
    }
    return pairs;
  }

  private static NameToken joined(NameToken first, NameToken second) {
    String text = first.text() + second.text();
    if (first.readings().isEmpty() && second.readings().isEmpty()) {
      // The common case, and a query's hot path: no other reading to combine.
      return new NameToken(
          text, TokenKind.NORMAL, first.script(), Set.of(), TokenKeys.of(text, Set.of()));
    }
    Set<String> readings = new LinkedHashSet<>();
    for (String a : spellings(first)) {
      for (String b : spellings(second)) {
        if (readings.size() < MAX_PAIR_READINGS) {
          readings.add(a + b);
        }
      }
    }
    readings.remove(text);
    return new NameToken(
        text, TokenKind.NORMAL, first.script(), readings, TokenKeys.of(text, readings));
  }

  private static Set<String> spellings(NameToken token) {
    Set<String> spellings = new LinkedHashSet<>();
    spellings.add(token.text());
    spellings.addAll(token.readings());
    return spellings;
  }

  private static InvalidNameException noLetters(String name) {
    String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
    return new InvalidNameException(
        "Name \""
            + shown
            + "\" has no letters or digits to match on: expected a name such as \"Kim Jong Un\","
            + " found only punctuation, symbols or marks. Check that the right column or argument"
            + " holds the name.");
  }
}
