package org.sanctionsengine.screening;

import java.time.LocalDate;
import org.sanctionsengine.goods.Coverage;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.CapWindow;
import org.sanctionsengine.regime.Exemption;
import org.sanctionsengine.regime.ExemptionYield;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.GoodsMeasure.GoodsBan;
import org.sanctionsengine.regime.GoodsMeasure.LuxuryGoodsBan;
import org.sanctionsengine.regime.GoodsMeasure.QuantityCap;
import org.sanctionsengine.regime.LuxuryItem;
import org.sanctionsengine.regime.WindDown;

/** The effect of one goods measure on one shipment, with its one-line explanation. */
final class MeasureEvaluator {
  private MeasureEvaluator() {}

  static Finding evaluate(GoodsIndex.Hit hit, Shipment s) {
    GoodsMeasure m = hit.entry().measure;
    Finding finding =
        hit.coverage() == Coverage.PARTIAL ? partly(hit.entry(), s) : judge(hit.entry(), s);
    if (!m.provision().instrument().binding() && finding.effect() != Outcome.PERMITTED) {
      return finding.with(
          Outcome.REVIEW,
          finding.explanation()
              + " The instrument only calls upon states (not binding): review against national"
              + " law.");
    }
    return finding;
  }

  private static Finding partly(IndexEntry entry, Shipment s) {
    return new Finding(
        entry.measure,
        Outcome.REVIEW,
        entry.measure.basis().title()
            + ": HS "
            + s.goods().dotted()
            + " is broader than the measure's goods ("
            + entry.scopeText
            + "), so it is partly covered; give a more specific code.");
  }

  private static Finding judge(IndexEntry entry, Shipment s) {
    GoodsMeasure m = entry.measure;
    for (Exemption exemption : m.basis().exemptions()) {
      if (s.exemptions().contains(exemption.claim())) {
        if (exemption.yields() == ExemptionYield.WITHIN_CAP && m instanceof QuantityCap cap) {
          return claimedWithinCap(cap, exemption, entry, s);
        }
        return claimed(m, exemption);
      }
    }
    return switch (m) {
      case GoodsBan ban -> ban(ban, entry, s);
      case LuxuryGoodsBan luxury -> luxury(luxury, entry, s);
      case QuantityCap cap -> cap(cap, entry, s);
      case GoodsMeasure.LicenceRequirement licence ->
          new Finding(m, Outcome.LICENSE_REQUIRED, entry.applies);
      case GoodsMeasure.ControlledItems controlled -> new Finding(m, Outcome.REVIEW, entry.applies);
      case GoodsMeasure.SecondaryExposure exposure -> new Finding(m, Outcome.REVIEW, entry.applies);
    };
  }

  /**
   * What follows "Title (in force since ...)" when a measure applies as such. Built once per
   * measure by the index: decisions reuse the string (see TransactionCheckBenchmark).
   */
  static String appliesText(GoodsMeasure m) {
    return switch (m) {
      case GoodsBan ban -> ": the goods fall within its scope (HS " + ban.scope() + ").";
      case LuxuryGoodsBan luxury -> "";
      case QuantityCap cap -> "";
      case GoodsMeasure.LicenceRequirement licence ->
          ": a licence from " + licence.licensingBody() + " is required.";
      case GoodsMeasure.ControlledItems controlled ->
          ": prohibited only if the item is on the control list or the state determines it could"
              + " contribute to the programmes; review the item.";
      case GoodsMeasure.SecondaryExposure exposure ->
          ": the authority's own persons are not involved, but trade with the DPRK exposes the"
              + " parties to its secondary sanctions; review.";
    };
  }

  private static String since(GoodsMeasure m) {
    return m.basis().title() + " (in force since " + m.basis().inForce().from() + ")";
  }

  private static Finding claimed(GoodsMeasure m, Exemption exemption) {
    Outcome effect =
        switch (exemption.yields()) {
          case PERMITTED -> Outcome.PERMITTED;
          case LICENSE_REQUIRED -> Outcome.LICENSE_REQUIRED;
          case REVIEW -> Outcome.REVIEW;
          // The loader accepts within-cap only on caps, which claimedWithinCap judges.
          case WITHIN_CAP -> throw new IllegalStateException("within-cap on " + m.id());
        };
    String paragraph = exemption.paragraph().isEmpty() ? "" : " (" + exemption.paragraph() + ")";
    return new Finding(
        m,
        effect,
        since(m)
            + ": exemption '"
            + exemption.claim()
            + "'"
            + paragraph
            + " claimed; it holds only if: "
            + exemption.conditions());
  }

  /**
   * A claim that is a condition of supplies under the cap: the cap is judged as without the claim
   * (so the delivery is counted, and refused beyond the cap), and the claim's conditions are added
   * to the explanation.
   */
  private static Finding claimedWithinCap(
      QuantityCap cap, Exemption exemption, IndexEntry entry, Shipment s) {
    Finding underCap = cap(cap, entry, s);
    String paragraph = exemption.paragraph().isEmpty() ? "" : " (" + exemption.paragraph() + ")";
    return underCap.with(
        underCap.effect(),
        underCap.explanation()
            + " Exemption '"
            + exemption.claim()
            + "'"
            + paragraph
            + " claimed: it does not lift the cap; it holds only within it, if: "
            + exemption.conditions());
  }

  private static Finding ban(GoodsBan ban, IndexEntry entry, Shipment s) {
    for (WindDown windDown : ban.windDowns()) {
      if (windDown.covers(s.date())) {
        return windDown(ban, windDown, s);
      }
    }
    return new Finding(ban, Outcome.PROHIBITED, entry.applies);
  }

  private static Finding windDown(GoodsBan ban, WindDown w, Shipment s) {
    String window =
        "deliveries until "
            + w.deliverUntil()
            + " under written contracts concluded before "
            + w.contractsBefore();
    String notify =
        w.notificationDeadline().map(d -> "; notify the 1718 Committee by " + d).orElse("")
            + (w.status() == org.sanctionsengine.regime.Status.CONFIRMED
                ? ""
                : " (wind-down " + w.status().label() + ")");
    if (s.contractDate().isEmpty()) {
      return new Finding(
          ban,
          Outcome.REVIEW,
          since(ban)
              + ": the wind-down allows "
              + window
              + "; give the contract date (--contract-date) to decide.");
    }
    LocalDate contract = s.contractDate().get();
    if (contract.isBefore(w.contractsBefore())) {
      return new Finding(
          ban,
          Outcome.PERMITTED,
          since(ban) + ": permitted under the wind-down (" + window + ")" + notify + ".");
    }
    return new Finding(
        ban,
        Outcome.PROHIBITED,
        since(ban)
            + ": the contract of "
            + contract
            + " is too late for the wind-down ("
            + window
            + ").");
  }

  private static Finding luxury(LuxuryGoodsBan luxury, IndexEntry entry, Shipment s) {
    LuxuryItem item = item(luxury, entry, s.goods());
    String what = entry.since + ": '" + item.name() + "' is on the list";
    if (!item.hasThreshold()) {
      return new Finding(luxury, Outcome.PROHIBITED, what + ".");
    }
    String threshold = "USD " + Amounts.format(item.thresholdUsd());
    if (s.value().isEmpty()) {
      return new Finding(
          luxury,
          Outcome.REVIEW,
          what + " when valued above " + threshold + " a unit; give --value to decide.");
    }
    Money value = s.value().get();
    if (!value.isUsd()) {
      return new Finding(
          luxury,
          Outcome.REVIEW,
          what
              + " above "
              + threshold
              + "; the value is in "
              + value.currency()
              + ": convert"
              + " it to USD and check again.");
    }
    return aboveThreshold(luxury, item, what + " above " + threshold, s);
  }

  /** Compares the unit value (pieces) or the value with the item's threshold. */
  private static Finding aboveThreshold(
      LuxuryGoodsBan luxury, LuxuryItem item, String what, Shipment s) {
    Money value = s.value().orElseThrow();
    double unit = unitValue(value, s);
    String compared = "USD " + Amounts.format(unit) + (unit == value.amount() ? "" : " a unit");
    return unit > item.thresholdUsd()
        ? new Finding(luxury, Outcome.PROHIBITED, what + "; " + compared + " is above.")
        : new Finding(luxury, Outcome.PERMITTED, what + " only; " + compared + " is not above.");
  }

  private static double unitValue(Money value, Shipment s) {
    return s.quantity()
        .filter(q -> (q.unit() == QuantityUnit.PIECES || q.unit() == QuantityUnit.PAIRS))
        .filter(q -> q.amount() > 0)
        .map(q -> value.amount() / q.amount())
        .orElse(value.amount());
  }

  private static LuxuryItem item(LuxuryGoodsBan luxury, IndexEntry entry, HsCode goods) {
    for (int i = 0; i < entry.itemCodes.length; i++) {
      for (HsCode code : entry.itemCodes[i]) {
        if (code.covers(goods)) {
          return luxury.items().get(i);
        }
      }
    }
    throw new IllegalStateException("index hit without an item: " + luxury.id() + " " + goods);
  }

  private static Finding cap(QuantityCap cap, IndexEntry entry, Shipment s) {
    if (cap.cap().perState()) {
      return new Finding(
          cap,
          Outcome.CAP_LIMITED,
          since(cap)
              + ": each supplying state may deliver no more than its own supply in the 12 months"
              + " before adoption; check against your state's baseline.");
    }
    var window = cap.cap().windowOn(s.date());
    if (!s.unreadQuantity().isEmpty() && window.isPresent()) {
      return new Finding(
          cap,
          Outcome.REVIEW,
          since(cap)
              + ": the quantity given ("
              + s.unreadQuantity()
              + ") could not be read, so this delivery cannot be measured against the cap of "
              + CapMath.describe(window.get().schedule().limits())
              + "; give it in a known unit (e.g. tonnes, barrels, KGM, TNE, LTR, BLL).");
    }
    if (window.isEmpty()) {
      return new Finding(
          cap,
          Outcome.REVIEW,
          since(cap)
              + ": no cap period runs on "
              + s.date()
              + "; review how supplies are treated.");
    }
    return withinCap(cap, window.get(), s);
  }

  private static Finding withinCap(QuantityCap cap, CapWindow window, Shipment s) {
    String limits = CapMath.describe(window.schedule().limits());
    for (CapLimit limit : window.schedule().limits()) {
      double amount = CapMath.amountIn(limit, s, cap);
      if (amount > limit.amount()) {
        return new Finding(
            cap,
            Outcome.PROHIBITED,
            since(cap)
                + ": this delivery alone ("
                + CapMath.format(amount, limit.unit())
                + ") exceeds the cap of "
                + limits
                + " for "
                + window.label()
                + ".");
      }
    }
    return new Finding(
        cap,
        Outcome.CAP_LIMITED,
        since(cap)
            + ": allowed only within the cap of "
            + limits
            + " for "
            + window.label()
            + ", counted over all deliveries.");
  }
}
