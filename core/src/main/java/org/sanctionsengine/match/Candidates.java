package org.sanctionsengine.match;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;
import org.sanctionsengine.names.NameToken;
import org.sanctionsengine.names.NormalizedName;
import org.sanctionsengine.names.TokenKind;

/**
 * Finds the names worth scoring for a query: looks up the keys ({@link IndexKeys}) of the query's
 * tokens and joined pairs, counts per name what they found ({@link CandidateCounter}), and keeps
 * the names whose score bound can reach the floor. Immutable once built.
 */
final class Candidates {
  private final Postings postings;
  private final long[] weakKeys;
  private final NameShapes shapes;

  private Candidates(Builder builder) {
    this.postings = builder.postings.build();
    this.weakKeys = builder.weakKeys.stream().mapToLong(Long::longValue).sorted().toArray();
    this.shapes = builder.shapes;
  }

  /**
   * The names whose name score can reach {@code reachable} (the floor less what the query's
   * evidence can add), in the order first found. When k of a query's n normal tokens meet a list
   * name of n normal tokens, its score is at most 2k / 2n; names whose bound ({@link
   * CandidateCounter#drain}) stays below are not scored at all.
   *
   * @param korean whether the query reads as a Korean personal name, whose short Latin syllables
   *     are looked up by their typos too
   */
  int[] of(NormalizedName query, boolean korean, double reachable, CandidateCounter counter) {
    boolean onlyWeak = query.normalTokens().isEmpty();
    Lookup lookup = new Lookup(counter);
    for (NameToken token : query.tokens()) {
      if (token.kind() == TokenKind.NORMAL || onlyWeak) {
        counter.nextUnit();
        // List pairs first: a token that meets two list tokens joined covers both.
        IndexKeys.queryAgainstListedPairs(token, lookup.counting(1, 2, false));
        IndexKeys.query(token, false, lookup.counting(1, 1, true));
        if (korean && IndexKeys.isKoreanSyllable(token)) {
          IndexKeys.syllableTypos(token, lookup.counting(1, 1, false));
        }
      }
    }
    for (NameToken pair : query.joinedPairs()) {
      counter.nextUnit();
      IndexKeys.query(pair, true, lookup.counting(2, 1, true));
    }
    if (!onlyWeak) {
      // Last, and only among the names found so far: the list tokens that the query's weak tokens
      // meet, so that the bound need not assume that they meet any.
      for (NameToken token : query.tokens()) {
        if (token.kind() == TokenKind.WEAK) {
          counter.nextUnit();
          IndexKeys.queryAgainstListedPairs(token, lookup.counting(0, 2, false));
          IndexKeys.query(token, false, lookup.counting(0, 1, false));
        }
      }
    }
    return counter.drain(shape(query, onlyWeak, lookup.meetsWeakWords), shapes, reachable);
  }

  private static CandidateCounter.QueryShape shape(
      NormalizedName query, boolean onlyWeak, boolean meetsWeakWords) {
    int normal = NameShapes.count(query, TokenKind.NORMAL);
    double other = NameShapes.other(query);
    return onlyWeak
        ? new CandidateCounter.QueryShape(query.tokens().size(), 0, 0, other, meetsWeakWords)
        : new CandidateCounter.QueryShape(
            normal,
            NameShapes.count(query, TokenKind.INITIAL),
            other,
            normal + other,
            meetsWeakWords);
  }

  /** Counts the postings of each key looked up, and notes whether a key is a weak word's. */
  private final class Lookup implements LongConsumer {
    private final CandidateCounter counter;
    private int queryTokens;
    private int listedTokens;
    private boolean checksWeakWords;
    boolean meetsWeakWords;

    Lookup(CandidateCounter counter) {
      this.counter = counter;
    }

    Lookup counting(int queryTokens, int listedTokens, boolean checksWeakWords) {
      this.queryTokens = queryTokens;
      this.listedTokens = listedTokens;
      this.checksWeakWords = checksWeakWords;
      return this;
    }

    @Override
    public void accept(long key) {
      counter.countAll(postings.get(key), queryTokens, listedTokens);
      if (checksWeakWords && !meetsWeakWords && Arrays.binarySearch(weakKeys, key) >= 0) {
        meetsWeakWords = true;
      }
    }
  }

  /** Collects the keys of the list names as the index is built, names in ascending order. */
  static final class Builder {
    private final Postings.Builder postings = new Postings.Builder();
    private final Set<Long> weakKeys = new HashSet<>();
    private final NameShapes shapes = new NameShapes();

    void add(int id, NormalizedName name) {
      shapes.add(name);
      IndexKeys.listed(name, key -> postings.add(key, id), weakKeys::add);
    }

    Candidates build() {
      return new Candidates(this);
    }
  }
}
