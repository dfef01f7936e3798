package org.sanctionsengine.scenario;

import java.util.List;
import org.sanctionsengine.goods.HsRange;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.Direction;
import org.sanctionsengine.regime.Exemption;
import org.sanctionsengine.regime.InForce;

/**
 * One operation of a scenario on one measure of the regime, with the days it applies: from its
 * effective date ({@code period.from()}) to {@code period.lastDay()} inclusive (open-ended when
 * {@link InForce#endsOn()} is empty). The kinds are closed: a {@code switch} over them has no
 * default, so a new kind breaks the build wherever it must be handled.
 */
public sealed interface ScenarioChange {
  String measureId();

  InForce period();

  /** Why, in the scenario author's words; may be empty. */
  String note();

  /** The file's word for this kind: {@code lift}, {@code raise-cap} ... */
  String kindCode();

  /** The same change over other days (snap-back shortens a change). */
  ScenarioChange during(InForce days);

  /** True for the kinds that take the measure away (lift, suspend, remove-cap). */
  default boolean removes() {
    return switch (this) {
      case Lift l -> true;
      case Suspend s -> true;
      case RemoveCap r -> true;
      case RaiseCap r -> false;
      case NarrowScope n -> false;
      case AddExemption a -> false;
    };
  }

  /** The measure no longer applies from the effective date. */
  record Lift(String measureId, InForce period, String note) implements ScenarioChange {
    @Override
    public String kindCode() {
      return "lift";
    }

    @Override
    public ScenarioChange during(InForce days) {
      return new Lift(measureId, days, note);
    }
  }

  /** The measure does not apply for a period, then returns. */
  record Suspend(String measureId, InForce period, String note) implements ScenarioChange {
    @Override
    public String kindCode() {
      return "suspend";
    }

    @Override
    public ScenarioChange during(InForce days) {
      return new Suspend(measureId, days, note);
    }
  }

  /** A quantity cap's limits are raised: each given limit replaces the cap's limit in its unit. */
  record RaiseCap(String measureId, InForce period, List<CapLimit> limits, String note)
      implements ScenarioChange {
    public RaiseCap {
      limits = List.copyOf(limits);
    }

    @Override
    public String kindCode() {
      return "raise-cap";
    }

    @Override
    public ScenarioChange during(InForce days) {
      return new RaiseCap(measureId, days, limits, note);
    }
  }

  /** A quantity cap no longer limits the goods: they are no longer capped at all. */
  record RemoveCap(String measureId, InForce period, String note) implements ScenarioChange {
    @Override
    public String kindCode() {
      return "remove-cap";
    }

    @Override
    public ScenarioChange during(InForce days) {
      return new RemoveCap(measureId, days, note);
    }
  }

  /**
   * A goods measure's scope is narrowed: the goods in {@code exclude} leave it, in {@code
   * direction} only (BOTH: whichever ways the measure catches).
   */
  record NarrowScope(
      String measureId, InForce period, List<HsRange> exclude, Direction direction, String note)
      implements ScenarioChange {
    public NarrowScope {
      exclude = List.copyOf(exclude);
    }

    @Override
    public String kindCode() {
      return "narrow-scope";
    }

    @Override
    public ScenarioChange during(InForce days) {
      return new NarrowScope(measureId, days, exclude, direction, note);
    }
  }

  /**
   * An exemption is added to the measure, e.g. for a named project (the Kaesong Industrial
   * Complex): transactions that claim it get the exemption's yield.
   *
   * @param project the project's name, empty when the exemption is not for a project
   */
  record AddExemption(
      String measureId, InForce period, Exemption exemption, String project, String note)
      implements ScenarioChange {
    @Override
    public String kindCode() {
      return "add-exemption";
    }

    @Override
    public ScenarioChange during(InForce days) {
      return new AddExemption(measureId, days, exemption, project, note);
    }
  }
}
