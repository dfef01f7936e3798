package org.sanctionsengine.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.goods.HsScope;
import org.sanctionsengine.regime.Cap;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.CapSchedule;
import org.sanctionsengine.regime.CapUnit;
import org.sanctionsengine.regime.Direction;
import org.sanctionsengine.regime.Exemption;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.InForce;
import org.sanctionsengine.regime.LuxuryItem;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.regime.MeasureBasis;

/**
 * A measure over one period with that period's changes applied: exemptions added, goods excluded
 * (in one direction or both), cap limits replaced. A measure caught both ways whose goods are
 * narrowed one way only becomes two pieces, one per direction.
 */
final class Variants {
  private Variants() {}

  static List<Measure> of(Measure measure, InForce days, List<ScenarioChange> active) {
    List<Exemption> exemptions = new ArrayList<>(measure.basis().exemptions());
    List<HsRange> into = new ArrayList<>();
    List<HsRange> from = new ArrayList<>();
    Map<CapUnit, Long> limits = new LinkedHashMap<>();
    for (ScenarioChange change : active) {
      switch (change) {
        case ScenarioChange.AddExemption add -> exemptions.add(add.exemption());
        case ScenarioChange.NarrowScope narrow -> {
          if (narrow.direction().includesInto()) {
            into.addAll(narrow.exclude());
          }
          if (narrow.direction().includesFrom()) {
            from.addAll(narrow.exclude());
          }
        }
        case ScenarioChange.RaiseCap raise -> {
          for (CapLimit limit : raise.limits()) {
            limits.put(limit.unit(), limit.amount());
          }
        }
        case ScenarioChange.Lift l -> throw removed(l);
        case ScenarioChange.Suspend s -> throw removed(s);
        case ScenarioChange.RemoveCap r -> throw removed(r);
      }
    }
    MeasureBasis b = measure.basis();
    Direction way = b.direction();
    boolean split = way == Direction.BOTH && !into.equals(from);
    if (!split) {
      List<HsRange> exclude = way == Direction.FROM_TARGET ? from : into;
      return List.of(rebuild(measure, basis(b, days, exemptions, way), exclude, limits));
    }
    return List.of(
        rebuild(measure, basis(b, days, exemptions, Direction.INTO_TARGET), into, limits),
        rebuild(measure, basis(b, days, exemptions, Direction.FROM_TARGET), from, limits));
  }

  private static IllegalStateException removed(ScenarioChange change) {
    return new IllegalStateException("a removed measure has no variant: " + change);
  }

  private static MeasureBasis basis(
      MeasureBasis b, InForce days, List<Exemption> exemptions, Direction direction) {
    return new MeasureBasis(
        b.id(),
        b.provision(),
        b.title(),
        direction,
        days,
        b.status(),
        b.sources(),
        exemptions,
        b.note(),
        b.reach());
  }

  private static Measure rebuild(
      Measure m, MeasureBasis b, List<HsRange> exclude, Map<CapUnit, Long> limits) {
    return switch (m) {
      case Measure.AssetFreeze x -> new Measure.AssetFreeze(b);
      case Measure.TravelBan x -> new Measure.TravelBan(b);
      case Measure.Financial x -> new Measure.Financial(b, x.area());
      case Measure.Maritime x -> new Measure.Maritime(b, x.area());
      case Measure.Services x -> new Measure.Services(b);
      case Measure.Labour x -> new Measure.Labour(b);
      case GoodsMeasure g -> goods(g, b, exclude, limits);
    };
  }

  private static GoodsMeasure goods(
      GoodsMeasure g, MeasureBasis b, List<HsRange> exclude, Map<CapUnit, Long> limits) {
    HsScope scope = narrowed(g.scope(), exclude);
    return switch (g) {
      case GoodsMeasure.GoodsBan x -> new GoodsMeasure.GoodsBan(b, scope, x.windDowns());
      case GoodsMeasure.LuxuryGoodsBan x ->
          new GoodsMeasure.LuxuryGoodsBan(
              b,
              x.items().stream()
                  .map(
                      i -> new LuxuryItem(i.name(), narrowed(i.goods(), exclude), i.thresholdUsd()))
                  .toList());
      case GoodsMeasure.QuantityCap x -> new GoodsMeasure.QuantityCap(b, scope, raised(x, limits));
      case GoodsMeasure.LicenceRequirement x ->
          new GoodsMeasure.LicenceRequirement(b, scope, x.licensingBody());
      case GoodsMeasure.ControlledItems x -> new GoodsMeasure.ControlledItems(b, scope);
      case GoodsMeasure.SecondaryExposure x -> new GoodsMeasure.SecondaryExposure(b, scope);
    };
  }

  private static HsScope narrowed(HsScope scope, List<HsRange> exclude) {
    if (exclude.isEmpty()) {
      return scope;
    }
    List<HsRange> all = new ArrayList<>(scope.exclude());
    all.addAll(exclude);
    return new HsScope(scope.include(), all);
  }

  private static Cap raised(GoodsMeasure.QuantityCap x, Map<CapUnit, Long> limits) {
    if (limits.isEmpty()) {
      return x.cap();
    }
    List<CapSchedule> schedules = new ArrayList<>();
    for (CapSchedule schedule : x.cap().schedules()) {
      List<CapLimit> replaced =
          schedule.limits().stream()
              .map(l -> new CapLimit(limits.getOrDefault(l.unit(), l.amount()), l.unit()))
              .toList();
      schedules.add(
          switch (schedule) {
            case CapSchedule.Fixed f -> new CapSchedule.Fixed(f.first(), f.last(), replaced);
            case CapSchedule.CalendarYears c ->
                new CapSchedule.CalendarYears(c.from(), c.until(), replaced);
            case CapSchedule.TwelveMonths t ->
                new CapSchedule.TwelveMonths(t.anchor(), t.until(), replaced);
          });
    }
    return new Cap(schedules, x.cap().conversions(), x.cap().perState());
  }
}
