package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sanctionsengine.goods.HsChapters;
import org.sanctionsengine.regime.Authority;
import org.sanctionsengine.regime.Measure;
import org.sanctionsengine.screening.Outcome;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;

/**
 * Judges every transaction of a portfolio twice, under the regime as it stands and under a
 * scenario, and reports the flipped decisions and the trade they unlock. Built once per scenario;
 * each run uses fresh memos (see {@link MemoJudge}).
 */
public final class PortfolioDiff {
  private final Evaluation evaluation;
  private final Screener base;
  private final Screener relieved;

  public PortfolioDiff(Evaluation evaluation) {
    this.evaluation = evaluation;
    this.base = new Screener(evaluation.base());
    this.relieved = new Screener(evaluation.regime());
  }

  /** Each transaction judged on its own date. */
  public DiffReport run(List<Shipment> portfolio) {
    return diff(portfolio, LocalDate.MIN);
  }

  /** Every transaction judged as if it took place on {@code asOf}. */
  public DiffReport run(List<Shipment> portfolio, LocalDate asOf) {
    List<Shipment> redated = new ArrayList<>(portfolio.size());
    for (Shipment s : portfolio) {
      redated.add(Redating.on(s, asOf));
    }
    return diff(redated, asOf);
  }

  private DiffReport diff(List<Shipment> portfolio, LocalDate judgedOn) {
    Verdict[][] judged = judgeBoth(portfolio);
    Verdict[] before = judged[0];
    Verdict[] after = judged[1];
    Map<Outcome, Long> countBefore = new EnumMap<>(Outcome.class);
    Map<Outcome, Long> countAfter = new EnumMap<>(Outcome.class);
    List<Flip> flips = new ArrayList<>();
    Tallies tallies = new Tallies();
    for (int i = 0; i < before.length; i++) {
      countBefore.merge(before[i].outcome(), 1L, Long::sum);
      countAfter.merge(after[i].outcome(), 1L, Long::sum);
      if (before[i].outcome() != after[i].outcome()) {
        Flip flip = flip(portfolio.get(i), before[i], after[i]);
        flips.add(flip);
        if (flip.unlocks()) {
          tallies.add(flip);
        }
      }
    }
    var scenario = evaluation.scenario();
    return new DiffReport(
        scenario.name(),
        scenario.title(),
        judgedOn,
        portfolio.size(),
        countBefore,
        countAfter,
        flips,
        tallies.total.tally(),
        Tallies.sorted(tallies.byMeasure),
        Tallies.sorted(tallies.byChapter),
        Tallies.sorted(tallies.byAuthority));
  }

  /** Both judgements at once, the regime's on a second thread: they share nothing mutable. */
  private Verdict[][] judgeBoth(List<Shipment> portfolio) {
    FutureTask<Verdict[]> before = new FutureTask<>(() -> new MemoJudge(base).judge(portfolio));
    Thread thread = new Thread(before, "diff-regime");
    thread.setDaemon(true);
    thread.start();
    Verdict[] after = new MemoJudge(relieved).judge(portfolio);
    try {
      return new Verdict[][] {before.get(), after};
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("judging under the regime failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while judging under the regime", e);
    }
  }

  private static Flip flip(Shipment s, Verdict before, Verdict after) {
    if (after.outcome().ordinal() < before.outcome().ordinal()) {
      return new Flip(s, before.outcome(), after.outcome(), List.of());
    }
    return new Flip(s, before.outcome(), after.outcome(), before.deciding());
  }

  /** Running sums of the unlocked trade. */
  private static final class Tallies {
    final Sum total = new Sum("total", "All unlocked trade");
    final Map<String, Sum> byMeasure = new LinkedHashMap<>();
    final Map<String, Sum> byChapter = new LinkedHashMap<>();
    final Map<String, Sum> byAuthority = new LinkedHashMap<>();

    void add(Flip flip) {
      Shipment s = flip.shipment();
      total.add(s);
      String chapter = String.format(java.util.Locale.ROOT, "%02d", s.goods().chapter());
      byChapter
          .computeIfAbsent(
              chapter, c -> new Sum(c, HsChapters.name(s.goods().chapter()).orElse("chapter " + c)))
          .add(s);
      List<Authority> authorities = new ArrayList<>();
      for (Measure m : flip.relieved()) {
        byMeasure
            .computeIfAbsent(
                m.id(), id -> new Sum(id, m.provision().citation() + ": " + m.basis().title()))
            .add(s);
        if (!authorities.contains(m.authority())) {
          authorities.add(m.authority());
        }
      }
      for (Authority a : authorities) {
        byAuthority.computeIfAbsent(a.code(), c -> new Sum(c, a.displayName())).add(s);
      }
    }

    static List<Tally> sorted(Map<String, Sum> sums) {
      return sums.values().stream()
          .map(Sum::tally)
          .sorted(Comparator.comparingDouble(Tally::valueUsd).reversed().thenComparing(Tally::key))
          .toList();
    }
  }

  /** One group's running sum. */
  private static final class Sum {
    private final String key;
    private final String label;
    private long transactions;
    private double valueUsd;
    private long otherCurrency;
    private final Map<String, Double> quantities = new LinkedHashMap<>();

    Sum(String key, String label) {
      this.key = key;
      this.label = label;
    }

    void add(Shipment s) {
      transactions++;
      if (s.value().isPresent()) {
        if (s.value().get().isUsd()) {
          valueUsd += s.value().get().amount();
        } else {
          otherCurrency++;
        }
      }
      s.quantity().ifPresent(q -> quantities.merge(q.unit().code(), q.amount(), Double::sum));
    }

    Tally tally() {
      return new Tally(key, label, transactions, valueUsd, otherCurrency, quantities);
    }
  }
}
