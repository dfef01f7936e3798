package org.sanctionsengine.goods;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The goods a measure covers: HS chapters, headings, subheadings and ranges to include, minus
 * exclusions ({@code include 84, 85; exclude 8471}). An empty include list covers no goods.
 */
public record HsScope(List<HsRange> include, List<HsRange> exclude) {
  private static final HsScope NONE = new HsScope(List.of(), List.of());

  public HsScope {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public static HsScope none() {
    return NONE;
  }

  /** Every chapter of HS 2022 (01-97; 77 is empty). */
  public static HsScope allGoods() {
    return new HsScope(List.of(HsRange.parse("01-97")), List.of());
  }

  public boolean isEmpty() {
    return include.isEmpty();
  }

  /** The included codes, ranges spelt out, codes in unknown chapters (77) left out. */
  public List<HsCode> includedCodes() {
    return expand(include);
  }

  /** The excluded codes, ranges spelt out. */
  public List<HsCode> excludedCodes() {
    return expand(exclude);
  }

  private static List<HsCode> expand(List<HsRange> ranges) {
    List<HsCode> codes = new ArrayList<>();
    for (HsRange range : ranges) {
      for (HsCode code : range.codes()) {
        if (HsChapters.isKnown(code)) {
          codes.add(code);
        }
      }
    }
    return codes;
  }

  /**
   * How far this scope covers {@code query}: fully when an included code covers it and no exclusion
   * touches it; partly when it is broader than an included code, or an exclusion lies inside it.
   * This is the reference logic; the screening index precomputes the same answer.
   */
  public Coverage coverage(HsCode query) {
    boolean covered = false;
    boolean partial = false;
    for (HsCode code : includedCodes()) {
      if (code.covers(query)) {
        covered = true;
      } else if (query.covers(code)) {
        partial = true;
      }
    }
    for (HsCode code : excludedCodes()) {
      if (code.covers(query)) {
        return Coverage.NONE;
      }
      if (covered && query.covers(code)) {
        return Coverage.PARTIAL;
      }
    }
    return covered ? Coverage.FULL : partial ? Coverage.PARTIAL : Coverage.NONE;
  }

  @Override
  public String toString() {
    String in = include.stream().map(HsRange::toString).collect(Collectors.joining(", "));
    if (exclude.isEmpty()) {
      return in;
    }
    return in
        + " except "
        + exclude.stream().map(HsRange::toString).collect(Collectors.joining(", "));
  }
}
