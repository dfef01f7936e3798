package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.SanctionsException;
import org.sanctionsengine.goods.HsChapters;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.goods.HsScope;
import org.sanctionsengine.regime.RegimeFileModel.CapEntry;
import org.sanctionsengine.regime.RegimeFileModel.CapPeriodEntry;
import org.sanctionsengine.regime.RegimeFileModel.ConversionEntry;
import org.sanctionsengine.regime.RegimeFileModel.GoodsEntry;
import org.sanctionsengine.regime.RegimeFileModel.LimitEntry;
import org.sanctionsengine.regime.RegimeFileModel.LuxuryItemEntry;

/** Reads goods scopes, luxury items and caps of a measure entry, reporting problems. */
final class ScopeReader {
  private final Fields fields;
  private final Set<String> sources;

  ScopeReader(Fields fields, Set<String> sources) {
    this.fields = fields;
    this.sources = sources;
  }

  HsScope scope(@Nullable GoodsEntry goods, String field) {
    if (goods == null || goods.include() == null || goods.include().isEmpty()) {
      fields.problem(
          "'" + field + ".include' is missing; a goods measure needs HS codes (e.g. ['2710'])");
      return HsScope.none();
    }
    if (goods.basis() != null && !List.of("text", "indicative").contains(goods.basis())) {
      fields.problem(
          "'" + field + ".basis' is '" + goods.basis() + "'; expected text or indicative");
    }
    List<HsRange> include = ranges(goods.include(), field + ".include");
    List<HsRange> exclude = ranges(Fields.orEmpty(goods.exclude()), field + ".exclude");
    return new HsScope(include, exclude);
  }

  List<HsRange> codes(@Nullable List<String> texts, String field) {
    return ranges(Fields.orEmpty(texts), field);
  }

  private List<HsRange> ranges(List<String> texts, String field) {
    List<HsRange> ranges = new ArrayList<>();
    for (String text : texts) {
      try {
        HsRange range = HsRange.parse(text);
        requireKnownChapters(range, field);
        ranges.add(range);
      } catch (SanctionsException | IllegalArgumentException e) {
        fields.problem("'" + field + "' has a bad HS code: " + e.getMessage());
      }
    }
    return ranges;
  }

  private void requireKnownChapters(HsRange range, String field) {
    if (!HsChapters.isKnown(range.first()) || !HsChapters.isKnown(range.last())) {
      HsChapters.require(HsChapters.isKnown(range.first()) ? range.last() : range.first());
    }
  }

  List<LuxuryItem> items(@Nullable List<LuxuryItemEntry> entries) {
    if (entries == null || entries.isEmpty()) {
      fields.problem("'items' is missing; a luxury-goods-ban lists its items with their HS codes");
      return List.of();
    }
    List<LuxuryItem> items = new ArrayList<>();
    for (LuxuryItemEntry entry : entries) {
      String name = fields.required(entry.name(), "items.name", "yachts");
      HsScope goods = scope(entry.goods(), "items.goods");
      long threshold = entry.thresholdUsd() == null ? 0 : entry.thresholdUsd();
      if (threshold < 0) {
        fields.problem("item '" + name + "' has a negative threshold-usd " + threshold);
        threshold = 0;
      }
      items.add(new LuxuryItem(name, goods, threshold));
    }
    return items;
  }

  Cap cap(@Nullable CapEntry entry) {
    if (entry == null || entry.periods() == null || entry.periods().isEmpty()) {
      fields.problem("'cap.periods' is missing; a quantity-cap needs at least one period");
      return new Cap(List.of(), List.of(), false);
    }
    List<CapSchedule> schedules = new ArrayList<>();
    for (CapPeriodEntry period : entry.periods()) {
      schedule(period).ifPresent(schedules::add);
    }
    List<Conversion> conversions = new ArrayList<>();
    for (ConversionEntry conversion : Fields.orEmpty(entry.conversions())) {
      conversion(conversion).ifPresent(conversions::add);
    }
    boolean perState = Boolean.TRUE.equals(entry.perState());
    if (!perState && schedules.stream().anyMatch(schedule -> schedule.limits().isEmpty())) {
      fields.problem(
          "a cap period has no 'limits'; give at least one (e.g. [{amount: 500000, unit: barrels}])"
              + " or mark the cap 'per-state: true'");
    }
    return new Cap(schedules, conversions, perState);
  }

  private Optional<CapSchedule> schedule(CapPeriodEntry period) {
    Optional<LocalDate> from = fields.date(period.from(), "cap.periods.from", true);
    Optional<LocalDate> to = fields.date(period.to(), "cap.periods.to", false);
    List<CapLimit> limits = limits(Fields.orEmpty(period.limits()));
    String kind = fields.optional(period.kind());
    if (from.isEmpty()) {
      return Optional.empty();
    }
    LocalDate until = to.orElse(LocalDate.MAX);
    if (until.isBefore(from.get())) {
      fields.problem("cap period ends " + until + " before it starts " + from.get());
      return Optional.empty();
    }
    return switch (kind) {
      case "fixed" -> {
        if (to.isEmpty()) {
          fields.problem("a fixed cap period needs 'to' (its last day)");
          yield Optional.empty();
        }
        yield Optional.of(new CapSchedule.Fixed(from.get(), until, limits));
      }
      case "calendar-year" -> Optional.of(new CapSchedule.CalendarYears(from.get(), until, limits));
      case "twelve-months" -> Optional.of(new CapSchedule.TwelveMonths(from.get(), until, limits));
      default -> {
        fields.problem(
            "'cap.periods.kind' is '" + kind + "'; expected fixed, calendar-year or twelve-months");
        yield Optional.empty();
      }
    };
  }

  private List<CapLimit> limits(List<LimitEntry> entries) {
    List<CapLimit> limits = new ArrayList<>();
    for (LimitEntry entry : entries) {
      Optional<CapUnit> unit = fields.code(entry.unit(), "cap.periods.limits.unit", CapUnit.class);
      if (entry.amount() == null || entry.amount() <= 0) {
        fields.problem("a cap limit needs a positive 'amount', found " + entry.amount());
      } else if (unit.isPresent()) {
        limits.add(new CapLimit(entry.amount(), unit.get()));
      }
    }
    return limits;
  }

  private Optional<Conversion> conversion(ConversionEntry entry) {
    List<HsRange> goods = codes(entry.goods(), "cap.conversions.goods");
    Double factor = entry.barrelsPerTonne();
    if (factor == null || factor <= 0) {
      fields.problem("a conversion needs a positive 'barrels-per-tonne', found " + factor);
      return Optional.empty();
    }
    String source = fields.required(entry.source(), "cap.conversions.source", "UN1718-RPP");
    if (!source.isEmpty()) {
      fields.sources(List.of(source), sources, false);
    }
    return Optional.of(new Conversion(new HsScope(goods, List.of()), factor, source));
  }
}
