package org.sanctionsengine.screening;

import java.time.LocalDate;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.Reach;

/**
 * A goods measure as the index holds it: the fields a lookup filters on, unpacked, and the excluded
 * codes of its scope.
 */
final class IndexEntry {
  final GoodsMeasure measure;
  final LocalDate from;
  final LocalDate lastDay;
  final Authority authority;
  final boolean secondary;

  /** Reaches imports into the authority's territory only (E.O. 13570), not its persons abroad. */
  final boolean importsOnly;

  final HsCode[] exclusions;

  /** Chapters excluded whole (catch-alls exclude food, chapters 01-24): one array read. */
  final boolean[] excludedChapters;

  /** Prefix keys of each longer exclusion at its 2, 4, ... digit lengths (see PrefixTable.key). */
  final long[][] exclusionKeys;

  /** Position of the entry in its index, for de-duplicating hits with a bitmap. */
  final int ordinal;

  /** The scope as people read it ("74, 75, 7106, 79"), built once. */
  final String scopeText;

  /** "Title (in force since 2016-11-30)": the start of every explanation, built once. */
  final String since;

  /** The explanation when the measure applies as such (no wind-down, threshold or cap at play). */
  final String applies;

  /** For luxury-goods bans: each item's included codes, in item order. */
  final HsCode[][] itemCodes;

  IndexEntry(GoodsMeasure measure, int ordinal) {
    this.ordinal = ordinal;
    this.measure = measure;
    this.from = measure.basis().inForce().from();
    this.lastDay = measure.basis().inForce().lastDay();
    this.authority = measure.authority();
    this.secondary = measure instanceof GoodsMeasure.SecondaryExposure;
    this.importsOnly = measure.basis().reach() == Reach.IMPORTS_INTO_TERRITORY;
    this.exclusions = measure.scope().excludedCodes().toArray(new HsCode[0]);
    this.excludedChapters = new boolean[100];
    java.util.List<long[]> longer = new java.util.ArrayList<>();
    for (HsCode exclusion : exclusions) {
      if (exclusion.length() == 2) {
        excludedChapters[exclusion.chapter()] = true;
      } else {
        longer.add(PrefixTable.keys(exclusion.digits()));
      }
    }
    this.exclusionKeys = longer.toArray(new long[0][]);
    this.scopeText = measure.scope().toString();
    this.since = measure.basis().title() + " (in force since " + from + ")";
    this.applies = since + MeasureEvaluator.appliesText(measure);
    this.itemCodes =
        measure instanceof GoodsMeasure.LuxuryGoodsBan luxury
            ? luxury.items().stream()
                .map(item -> item.goods().includedCodes().toArray(new HsCode[0]))
                .toArray(HsCode[][]::new)
            : new HsCode[0][];
  }

  boolean inForceOn(LocalDate asOf) {
    return !asOf.isBefore(from) && !asOf.isAfter(lastDay);
  }
}
