package org.sanctionsengine.regime;

import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.goods.HsScope;

/**
 * A measure on goods: it has a goods scope and is found through the screening index by HS code and
 * direction. Each kind has one effect when it applies (see {@code screening.Effect}).
 */
public sealed interface GoodsMeasure extends Measure {
  /** The goods this measure covers. */
  HsScope scope();

  /** A ban on supplying or procuring the goods: effect PROHIBITED. */
  record GoodsBan(MeasureBasis basis, HsScope scope, List<WindDown> windDowns)
      implements GoodsMeasure {
    public GoodsBan {
      windDowns = List.copyOf(windDowns);
    }

    @Override
    public String kindCode() {
      return "goods-ban";
    }
  }

  /** A ban on luxury goods, item by item, some above a value threshold: effect PROHIBITED. */
  record LuxuryGoodsBan(MeasureBasis basis, List<LuxuryItem> items) implements GoodsMeasure {
    public LuxuryGoodsBan {
      items = List.copyOf(items);
    }

    @Override
    public HsScope scope() {
      List<HsRange> include = new ArrayList<>();
      List<HsRange> exclude = new ArrayList<>();
      for (LuxuryItem item : items) {
        include.addAll(item.goods().include());
        exclude.addAll(item.goods().exclude());
      }
      return new HsScope(include, exclude);
    }

    @Override
    public String kindCode() {
      return "luxury-goods-ban";
    }
  }

  /** Goods allowed only within a quantity cap: effect CAP_LIMITED (PROHIBITED past the cap). */
  record QuantityCap(MeasureBasis basis, HsScope scope, Cap cap) implements GoodsMeasure {
    @Override
    public String kindCode() {
      return "quantity-cap";
    }
  }

  /** Goods that need a licence from {@code licensingBody}: effect LICENSE_REQUIRED. */
  record LicenceRequirement(MeasureBasis basis, HsScope scope, String licensingBody)
      implements GoodsMeasure {
    @Override
    public String kindCode() {
      return "licence-requirement";
    }
  }

  /**
   * A catch-all or control list: the goods are prohibited only if the item is on a control list or
   * the state so determines, so the effect is REVIEW.
   */
  record ControlledItems(MeasureBasis basis, HsScope scope) implements GoodsMeasure {
    @Override
    public String kindCode() {
      return "controlled-items";
    }
  }

  /**
   * Exposure of non-nationals to the authority's secondary sanctions for trading with the target
   * (EO 13810, NKSPEA): effect REVIEW, never a prohibition by itself.
   */
  record SecondaryExposure(MeasureBasis basis, HsScope scope) implements GoodsMeasure {
    @Override
    public String kindCode() {
      return "secondary-exposure";
    }
  }
}
