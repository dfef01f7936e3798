package org.sanctionsengine.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanctionsengine.regime.Regime;

/**
 * Judges shipments against a regime. Built once per regime (it indexes the goods measures by
 * direction and HS prefix); {@link #check} is then a lookup plus a filter by date and jurisdiction,
 * safe to call from many threads.
 */
public final class Screener {
  private final Regime regime;
  private final GoodsIndex index;

  public Screener(Regime regime) {
    this.regime = regime;
    this.index = new GoodsIndex(regime.goodsMeasures());
  }

  public Regime regime() {
    return regime;
  }

  /** The decision on one shipment, as of its own date. */
  public Decision check(Shipment s) {
    if (!s.involves(CountryCode.KP)) {
      return notInvolvingTarget(s);
    }
    Jurisdiction jurisdiction = Jurisdiction.of(s);
    List<Finding> findings = new ArrayList<>(12);
    for (GoodsIndex.Hit hit : hits(s)) {
      if (applies(hit.entry(), jurisdiction)) {
        findings.add(MeasureEvaluator.evaluate(hit, s));
      }
    }
    List<String> notes = new ArrayList<>(jurisdiction.reasons());
    if (findings.isEmpty()) {
      notes.add(
          "No goods measure in force on "
              + s.date()
              + " covers HS "
              + s.goods().dotted()
              + " in this direction for the binding authorities; party designations and financial"
              + " measures are screened separately.");
    }
    return new Decision(
        s, Decision.outcomeOf(findings), findings, jurisdiction.binding(), notes, regime.version());
  }

  /** The goods measures in force on the shipment's date that cover its goods, either way. */
  private List<GoodsIndex.Hit> hits(Shipment s) {
    List<GoodsIndex.Hit> hits = new ArrayList<>(12);
    long[] seen = index.newSeen();
    if (s.to().equals(CountryCode.KP)) {
      index.lookup(true, s.goods(), s.date(), hits, seen);
    }
    if (s.from().equals(CountryCode.KP) || s.origin().equals(CountryCode.KP)) {
      index.lookup(false, s.goods(), s.date(), hits, seen);
    }
    return hits;
  }

  private Decision notInvolvingTarget(Shipment s) {
    return new Decision(
        s,
        Outcome.PERMITTED,
        List.of(),
        Set.of(),
        List.of(
            "The shipment does not involve the DPRK (neither exporter, importer nor origin is"
                + " KP): the DPRK regime does not apply. Screen the parties separately."),
        regime.version());
  }

  /**
   * Primary measures bind when their authority binds; secondary exposure only when it does not. A
   * measure that reaches only imports into its authority's territory needs that territory to be the
   * importing country, whoever the parties are.
   */
  private static boolean applies(IndexEntry entry, Jurisdiction jurisdiction) {
    if (entry.importsOnly && !jurisdiction.importsInto(entry.authority)) {
      return false;
    }
    boolean binds = jurisdiction.binds(entry.authority);
    return entry.secondary ? !binds : binds;
  }
}
