package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.regime.RegimeFileModel.ExemptionEntry;
import org.sanctionsengine.regime.RegimeFileModel.MeasureEntry;
import org.sanctionsengine.regime.RegimeFileModel.WindDownEntry;

/** Turns one measure entry of an instrument file into a {@link Measure}, or into problems. */
final class MeasureReader {
  private final Instrument instrument;
  private final Set<String> sources;
  private final Set<String> claims;

  MeasureReader(Instrument instrument, Set<String> sources, Set<String> claims) {
    this.instrument = instrument;
    this.sources = sources;
    this.claims = claims;
  }

  /** The measure, empty when its entry has problems (they are reported through {@code fields}). */
  Optional<Measure> read(MeasureEntry entry, Fields fields) {
    int before = fields.problemCount();
    String kind = fields.required(entry.kind(), "kind", "goods-ban");
    Optional<MeasureBasis> basis = basis(entry, fields, isGoodsKind(kind));
    Optional<Measure> measure = basis.flatMap(b -> build(kind, b, entry, fields));
    measure.ifPresent(m -> checkWithinCapOnlyOnCaps(m, fields));
    return fields.problemCount() == before ? measure : Optional.empty();
  }

  /** A claim that "holds only within the cap" means nothing on a measure without a cap. */
  private static void checkWithinCapOnlyOnCaps(Measure measure, Fields fields) {
    if (measure instanceof GoodsMeasure.QuantityCap) {
      return;
    }
    for (Exemption exemption : measure.basis().exemptions()) {
      if (exemption.yields() == ExemptionYield.WITHIN_CAP) {
        fields.problem(
            "exemption '"
                + exemption.claim()
                + "' yields within-cap, but the measure has no cap (kind quantity-cap);"
                + " use permitted, license-required or review");
      }
    }
  }

  private static boolean isGoodsKind(String kind) {
    return switch (kind) {
      case "goods-ban",
          "luxury-goods-ban",
          "quantity-cap",
          "licence-requirement",
          "controlled-items",
          "secondary-exposure" ->
          true;
      default -> false;
    };
  }

  private Optional<MeasureBasis> basis(MeasureEntry entry, Fields fields, boolean goods) {
    String id = fields.required(entry.id(), "id", "un-2397-op5-refined-petroleum-cap");
    String paragraph = fields.required(entry.provision(), "provision", "OP5");
    String title = fields.required(entry.title(), "title", "Refined petroleum cap");
    Direction direction =
        goods || entry.direction() != null
            ? fields.code(entry.direction(), "direction", Direction.class).orElse(Direction.BOTH)
            : Direction.BOTH;
    Optional<LocalDate> from = fields.date(entry.effectiveFrom(), "effective-from", false);
    Optional<LocalDate> ends = fields.date(entry.endsOn(), "ends-on", false);
    Optional<Status> status = fields.code(entry.status(), "status", Status.class);
    Reach reach =
        entry.reach() == null
            ? Reach.PERSONS_AND_TERRITORY
            : fields.code(entry.reach(), "reach", Reach.class).orElse(Reach.PERSONS_AND_TERRITORY);
    if (reach == Reach.IMPORTS_INTO_TERRITORY && instrument.authority() == Authority.UN) {
      fields.problem(
          "reach imports-into-territory needs a national authority; UN measures bind every"
              + " member state");
    }
    List<String> keys = fields.sources(entry.sources(), sources, true);
    LocalDate effective = from.orElse(instrument.adoptedOn());
    LocalDate last = ends.orElse(LocalDate.MAX);
    if (last.isBefore(effective)) {
      fields.problem("ends-on " + last + " is before effective-from " + effective);
      return Optional.empty();
    }
    List<Exemption> exemptions = exemptions(Fields.orEmpty(entry.exemptions()), fields);
    if (status.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new MeasureBasis(
            id,
            new Provision(instrument, paragraph),
            title,
            direction,
            new InForce(effective, last),
            status.get(),
            keys,
            exemptions,
            fields.optional(entry.note()),
            reach));
  }

  private List<Exemption> exemptions(List<ExemptionEntry> entries, Fields fields) {
    List<Exemption> exemptions = new ArrayList<>();
    for (ExemptionEntry entry : entries) {
      String claim = fields.required(entry.claim(), "exemptions.claim", "rajin-transit");
      if (!claim.isEmpty() && !claims.contains(claim)) {
        fields.problem(
            "unknown exemption claim code '"
                + claim
                + "'; declare it in claims.yaml or use one of: "
                + String.join(", ", claims.stream().sorted().toList()));
      }
      String paragraph = fields.optional(entry.paragraph());
      Optional<ExemptionYield> yields =
          fields.code(entry.yields(), "exemptions.yields", ExemptionYield.class);
      String conditions = fields.required(entry.conditions(), "exemptions.conditions", "...");
      Status status =
          entry.status() == null
              ? Status.CONFIRMED
              : fields
                  .code(entry.status(), "exemptions.status", Status.class)
                  .orElse(Status.UNCONFIRMED);
      yields.ifPresent(y -> exemptions.add(new Exemption(claim, paragraph, y, conditions, status)));
    }
    return exemptions;
  }

  private Optional<Measure> build(
      String kind, MeasureBasis basis, MeasureEntry entry, Fields fields) {
    ScopeReader scopes = new ScopeReader(fields, sources);
    return switch (kind) {
      case "goods-ban" ->
          Optional.of(
              new GoodsMeasure.GoodsBan(
                  basis, scopes.scope(entry.goods(), "goods"), windDowns(entry, basis, fields)));
      case "luxury-goods-ban" ->
          Optional.of(new GoodsMeasure.LuxuryGoodsBan(basis, scopes.items(entry.items())));
      case "quantity-cap" ->
          Optional.of(
              new GoodsMeasure.QuantityCap(
                  basis, scopes.scope(entry.goods(), "goods"), scopes.cap(entry.cap())));
      case "licence-requirement" ->
          Optional.of(
              new GoodsMeasure.LicenceRequirement(
                  basis,
                  scopes.scope(entry.goods(), "goods"),
                  fields.required(entry.licensingBody(), "licensing-body", "BIS")));
      case "controlled-items" ->
          Optional.of(
              new GoodsMeasure.ControlledItems(basis, scopes.scope(entry.goods(), "goods")));
      case "secondary-exposure" ->
          Optional.of(
              new GoodsMeasure.SecondaryExposure(basis, scopes.scope(entry.goods(), "goods")));
      default -> nonGoods(kind, basis, entry, fields);
    };
  }

  private Optional<Measure> nonGoods(
      String kind, MeasureBasis basis, MeasureEntry entry, Fields fields) {
    if (entry.goods() != null) {
      fields.problem("a " + kind + " measure has no goods; remove 'goods' or change the kind");
    }
    return switch (kind) {
      case "asset-freeze" -> Optional.of(new Measure.AssetFreeze(basis));
      case "travel-ban" -> Optional.of(new Measure.TravelBan(basis));
      case "services" -> Optional.of(new Measure.Services(basis));
      case "labour" -> Optional.of(new Measure.Labour(basis));
      case "financial" ->
          fields
              .code(entry.area(), "area", FinancialArea.class)
              .map(area -> new Measure.Financial(basis, area));
      case "maritime" ->
          fields
              .code(entry.area(), "area", MaritimeArea.class)
              .map(area -> new Measure.Maritime(basis, area));
      default -> {
        fields.problem("'kind' is '" + kind + "'; expected one of: " + KINDS);
        yield Optional.empty();
      }
    };
  }

  static final String KINDS =
      "goods-ban, luxury-goods-ban, quantity-cap, licence-requirement, controlled-items,"
          + " secondary-exposure, asset-freeze, travel-ban, financial, maritime, services, labour";

  private List<WindDown> windDowns(MeasureEntry entry, MeasureBasis basis, Fields fields) {
    @Nullable WindDownEntry w = entry.windDown();
    if (w == null) {
      return List.of();
    }
    Optional<LocalDate> before =
        fields.date(w.contractsBefore(), "wind-down.contracts-before", true);
    Optional<LocalDate> until = fields.date(w.deliverUntil(), "wind-down.deliver-until", true);
    Optional<LocalDate> notify = fields.date(w.notifyBy(), "wind-down.notify-by", false);
    Status status =
        w.status() == null
            ? basis.status()
            : fields.code(w.status(), "wind-down.status", Status.class).orElse(basis.status());
    if (before.isEmpty() || until.isEmpty()) {
      return List.of();
    }
    InForce inForce = basis.inForce();
    if (until.get().isBefore(inForce.from()) || until.get().isAfter(inForce.lastDay())) {
      fields.problem(
          "wind-down.deliver-until "
              + until.get()
              + " lies outside the days the measure is in force ("
              + inForce.from()
              + " to "
              + inForce.endsOn().map(LocalDate::toString).orElse("open end")
              + ")");
    }
    if (before.get().isAfter(until.get())) {
      fields.problem(
          "wind-down.contracts-before " + before.get() + " is after deliver-until " + until.get());
    }
    if (notify.isPresent() && notify.get().isBefore(until.get())) {
      fields.problem(
          "wind-down.notify-by " + notify.get() + " is before deliver-until " + until.get());
    }
    return List.of(new WindDown(before.get(), until.get(), notify.orElse(LocalDate.MAX), status));
  }
}
