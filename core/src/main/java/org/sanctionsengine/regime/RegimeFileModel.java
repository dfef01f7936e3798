package org.sanctionsengine.regime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of the YAML data files as written (see {@code docs/regime-data.md}), before
 * validation. Every field may be missing in a file, hence nullable; {@link MeasureReader} turns
 * them into the model or into problems.
 */
final class RegimeFileModel {
  private RegimeFileModel() {}

  record IndexFile(
      @Nullable String regime,
      @Nullable String target,
      @Nullable String sources,
      @Nullable String claims,
      @Nullable List<String> instruments) {}

  record InstrumentFile(
      @Nullable InstrumentEntry instrument, @Nullable List<MeasureEntry> measures) {}

  record InstrumentEntry(
      @Nullable String id,
      @Nullable String authority,
      @Nullable String citation,
      @Nullable String title,
      @Nullable String kind,
      @Nullable String adoptedOn,
      @Nullable Boolean binding,
      @Nullable List<String> sources,
      @Nullable String note) {}

  record MeasureEntry(
      @Nullable String id,
      @Nullable String provision,
      @Nullable String kind,
      @Nullable String title,
      @Nullable String direction,
      @Nullable String reach,
      @Nullable GoodsEntry goods,
      @Nullable List<LuxuryItemEntry> items,
      @Nullable CapEntry cap,
      @Nullable String licensingBody,
      @Nullable String area,
      @Nullable String effectiveFrom,
      @Nullable String endsOn,
      @Nullable WindDownEntry windDown,
      @Nullable List<ExemptionEntry> exemptions,
      @Nullable String status,
      @Nullable List<String> sources,
      @Nullable String note) {}

  record GoodsEntry(
      @Nullable List<String> include, @Nullable List<String> exclude, @Nullable String basis) {}

  record LuxuryItemEntry(
      @Nullable String name, @Nullable GoodsEntry goods, @Nullable Long thresholdUsd) {}

  record WindDownEntry(
      @Nullable String contractsBefore,
      @Nullable String deliverUntil,
      @Nullable String notifyBy,
      @Nullable String status) {}

  record ExemptionEntry(
      @Nullable String claim,
      @Nullable String paragraph,
      @Nullable String yields,
      @Nullable String conditions,
      @Nullable String status) {}

  record CapEntry(
      @Nullable Boolean perState,
      @Nullable List<CapPeriodEntry> periods,
      @Nullable List<ConversionEntry> conversions) {}

  record CapPeriodEntry(
      @Nullable String kind,
      @Nullable String from,
      @Nullable String to,
      @Nullable List<LimitEntry> limits) {}

  record LimitEntry(@Nullable Long amount, @Nullable String unit) {}

  record ConversionEntry(
      @Nullable List<String> goods, @Nullable Double barrelsPerTonne, @Nullable String source) {}
}
