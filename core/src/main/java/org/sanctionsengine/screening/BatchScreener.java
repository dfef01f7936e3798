package org.sanctionsengine.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.sanctionsengine.regime.CapLimit;
import org.sanctionsengine.regime.CapWindow;
import org.sanctionsengine.regime.GoodsMeasure.QuantityCap;

/**
 * Judges a batch of shipments and counts deliveries of capped goods against each cap period in date
 * order (not input order): a delivery that would take a period past any of its limits is
 * PROHIBITED, citing the cap's paragraph. Decisions come back in input order, with the cap usage.
 */
public final class BatchScreener {
  private final Screener screener;

  public BatchScreener(Screener screener) {
    this.screener = screener;
  }

  /** The decisions (input order) and how much of each cap period was used. */
  public record Result(List<Decision> decisions, List<CapUsage> capUsage) {
    public Result {
      decisions = List.copyOf(decisions);
      capUsage = List.copyOf(capUsage);
    }
  }

  public Result screen(List<Shipment> shipments) {
    return screen(shipments, done -> {});
  }

  /** As {@link #screen(List)}, calling {@code progress} with the count judged so far. */
  public Result screen(List<Shipment> shipments, IntConsumer progress) {
    Integer[] order = new Integer[shipments.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparing(i -> shipments.get(i).date()));
    Decision[] decisions = new Decision[order.length];
    Ledger ledger = new Ledger();
    int done = 0;
    for (int i : order) {
      decisions[i] = ledger.count(screener.check(shipments.get(i)));
      progress.accept(++done);
    }
    return new Result(List.of(decisions), ledger.usage());
  }

  /**
   * Whether a batch counts this decision against a cap: it has a finding of a cap on aggregate
   * deliveries (not a per-state cap) whose period runs on the shipment's date. Only such decisions
   * can change in a batch, and only through one another: a job that judges rows apart (Spark)
   * counts these alone, in a second pass through {@link #screen}, and gets the same decisions.
   */
  public static boolean countsAgainstCap(Decision decision) {
    for (Finding finding : decision.findings()) {
      if (isCounted(finding, decision.shipment())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCounted(Finding f, Shipment s) {
    return f.effect() == Outcome.CAP_LIMITED
        && f.measure() instanceof QuantityCap cap
        && !cap.cap().perState()
        && cap.cap().windowOn(s.date()).isPresent();
  }

  /** Running totals per cap, period and limit. */
  private static final class Ledger {
    private final Map<String, CapUsage> totals = new LinkedHashMap<>();

    Decision count(Decision decision) {
      boolean changed = false;
      List<Finding> findings = new ArrayList<>(decision.findings());
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (isCounted(f, decision.shipment())) {
          QuantityCap cap = (QuantityCap) f.measure();
          CapWindow window = cap.cap().windowOn(decision.shipment().date()).orElseThrow();
          findings.set(i, charge(f, cap, window, decision.shipment()));
          changed = true;
        }
      }
      return changed ? decision.withFindings(findings) : decision;
    }

    private Finding charge(Finding f, QuantityCap cap, CapWindow window, Shipment s) {
      List<CapLimit> limits = window.schedule().limits();
      double[] amounts = new double[limits.size()];
      boolean known = false;
      for (int i = 0; i < limits.size(); i++) {
        amounts[i] = CapMath.amountIn(limits.get(i), s, cap);
        known |= !Double.isNaN(amounts[i]);
      }
      if (!known) {
        return f.with(
            Outcome.REVIEW,
            f.explanation()
                + " The delivery's quantity is unknown (give quantity and unit, e.g. tonnes or"
                + " barrels), so it was not counted against the cap.");
      }
      for (int i = 0; i < limits.size(); i++) {
        CapUsage usage = usage(cap, window, limits.get(i));
        if (!Double.isNaN(amounts[i]) && usage.used() + amounts[i] > limits.get(i).amount()) {
          refuse(cap, window, limits);
          return f.with(
              Outcome.PROHIBITED, exceeded(cap, window, limits.get(i), usage, amounts[i]));
        }
      }
      for (int i = 0; i < limits.size(); i++) {
        CapUsage usage = usage(cap, window, limits.get(i));
        double add = Double.isNaN(amounts[i]) ? 0 : amounts[i];
        put(
            new CapUsage(
                cap,
                window.label(),
                limits.get(i),
                usage.used() + add,
                usage.deliveries() + 1,
                usage.refused()));
      }
      CapUsage first = usage(cap, window, limits.get(0));
      return f.with(Outcome.CAP_LIMITED, f.explanation() + " Counted: " + first.describe() + ".");
    }

    private static String exceeded(
        QuantityCap cap, CapWindow window, CapLimit limit, CapUsage usage, double amount) {
      return cap.basis().title()
          + ": this delivery ("
          + CapMath.format(amount, limit.unit())
          + ") would exceed the cap of "
          + CapMath.format(limit.amount(), limit.unit())
          + " for "
          + window.label()
          + " under "
          + cap.provision().citation()
          + "; "
          + CapMath.format(usage.used(), limit.unit())
          + " were already delivered.";
    }

    private void refuse(QuantityCap cap, CapWindow window, List<CapLimit> limits) {
      for (CapLimit limit : limits) {
        CapUsage u = usage(cap, window, limit);
        put(new CapUsage(cap, u.period(), limit, u.used(), u.deliveries(), u.refused() + 1));
      }
    }

    private CapUsage usage(QuantityCap cap, CapWindow window, CapLimit limit) {
      return totals.getOrDefault(
          key(cap, window.label(), limit), new CapUsage(cap, window.label(), limit, 0, 0, 0));
    }

    private void put(CapUsage usage) {
      totals.put(key(usage.cap(), usage.period(), usage.limit()), usage);
    }

    private static String key(QuantityCap cap, String period, CapLimit limit) {
      return cap.id() + "|" + period + "|" + limit.unit();
    }

    List<CapUsage> usage() {
      return List.copyOf(totals.values());
    }
  }
}
