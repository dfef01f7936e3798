package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.InForce;
import org.sanctionsengine.regime.Regime;
import org.sanctionsengine.regime.WindDown;
import org.sanctionsengine.screening.BatchScreener;
import org.sanctionsengine.screening.CountryCode;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.EuMembership;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;

/**
 * Judges a portfolio under one regime, remembering decisions. A decision depends on the date only
 * through which measures are in force and which wind-downs run, so shipments that agree on goods,
 * countries, claims and contract date, whose dates fall between the same two change days of the
 * regime, and that agree on whether an EU member state is involved that day, get the same decision:
 * it is computed once. Decisions that depend on the quantity or value (caps, luxury thresholds) are
 * never remembered; capped ones are judged in a batch, in date order, exactly as {@code check
 * --file} does. See docs/decisions/0051-diff-memo.md and ScenarioDiffBenchmark.
 */
final class MemoJudge {
  private static final LocalDate UK_LAST_DAY = LocalDate.of(2020, 12, 31);

  private final Screener screener;
  private final LocalDate[] changeDays;
  // The period of each day from the first change day to the last, by epoch day: an array read
  // instead of a binary search over LocalDates (the hottest line of ScenarioDiffBenchmark).
  private final long firstDay;
  private final int[] periodOfDay;
  private final Map<Key, Object> memo = new HashMap<>();
  // Whether a country was ever an EU member, by its two letters (0 not asked yet, 1 no, 2 yes):
  // an array read per row instead of a map lookup.
  private final byte[] everInEu = new byte[26 * 26];

  /** The memo's key: everything a decision depends on but the exact date. */
  private record Key(
      HsCode goods,
      CountryCode from,
      CountryCode to,
      CountryCode origin,
      Set<CountryCode> parties,
      Set<String> exemptions,
      LocalDate contract,
      int period,
      boolean eu) {}

  MemoJudge(Screener screener) {
    this.screener = screener;
    this.changeDays = changeDays(screener.regime());
    this.firstDay = changeDays.length == 0 ? 0 : changeDays[0].toEpochDay();
    long lastDay = changeDays.length == 0 ? 0 : changeDays[changeDays.length - 1].toEpochDay();
    this.periodOfDay = new int[(int) (lastDay - firstDay) + 1];
    int period = 0;
    for (int day = 0; day < periodOfDay.length; day++) {
      while (period < changeDays.length && changeDays[period].toEpochDay() <= firstDay + day) {
        period++;
      }
      periodOfDay[day] = period;
    }
  }

  /** 0 before the first change day, k from the k-th change day on (1-based). */
  private int period(LocalDate date) {
    long day = date.toEpochDay() - firstDay;
    if (day < 0 || changeDays.length == 0) {
      return 0;
    }
    return day < periodOfDay.length ? periodOfDay[(int) day] : changeDays.length;
  }

  /** The days a goods measure starts or stops, or a wind-down ends: decisions change only then. */
  static LocalDate[] changeDays(Regime regime) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (GoodsMeasure measure : regime.goodsMeasures()) {
      InForce life = measure.basis().inForce();
      days.add(life.from());
      life.endsOn().ifPresent(last -> days.add(last.plusDays(1)));
      if (measure instanceof GoodsMeasure.GoodsBan ban) {
        for (WindDown windDown : ban.windDowns()) {
          days.add(windDown.deliverUntil().plusDays(1));
        }
      }
    }
    return days.toArray(new LocalDate[0]);
  }

  /** The verdict on each shipment, in input order. */
  Verdict[] judge(List<Shipment> shipments) {
    Verdict[] verdicts = new Verdict[shipments.size()];
    int[] capped = new int[shipments.size()];
    int cappedCount = 0;
    for (int i = 0; i < verdicts.length; i++) {
      Shipment s = shipments.get(i);
      Key key = key(s);
      Object known = memo.get(key);
      if (known == null) {
        Decision decision = screener.check(s);
        Verdict.Dependence dependence = Verdict.Dependence.of(decision);
        known = dependence == Verdict.Dependence.NONE ? Verdict.of(decision) : dependence;
        memo.put(key, known);
      }
      if (known instanceof Verdict verdict) {
        verdicts[i] = verdict;
      } else if (known == Verdict.Dependence.CAP) {
        capped[cappedCount++] = i;
      } else {
        verdicts[i] = Verdict.of(screener.check(s));
      }
    }
    judgeCapped(shipments, Arrays.copyOf(capped, cappedCount), verdicts);
    return verdicts;
  }

  private void judgeCapped(List<Shipment> shipments, int[] capped, Verdict[] verdicts) {
    if (capped.length == 0) {
      return;
    }
    Shipment[] batch = new Shipment[capped.length];
    for (int i = 0; i < capped.length; i++) {
      batch[i] = shipments.get(capped[i]);
    }
    List<Decision> decisions = new BatchScreener(screener).screen(List.of(batch)).decisions();
    for (int i = 0; i < capped.length; i++) {
      verdicts[capped[i]] = Verdict.of(decisions.get(i));
    }
  }

  private Key key(Shipment s) {
    LocalDate date = s.date();
    int period = period(date);
    return new Key(
        s.goods(),
        s.from(),
        s.to(),
        s.origin(),
        s.parties(),
        s.exemptions(),
        s.contractDate().orElse(LocalDate.MIN),
        period,
        eu(s, date));
  }

  private boolean eu(Shipment s, LocalDate date) {
    if (member(s.from(), date) || member(s.to(), date)) {
      return true;
    }
    for (CountryCode party : s.parties()) {
      if (member(party, date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Membership on the day, asked only of countries that were ever members: every state that has
   * ever been one was a member on 31 December 2020 (the UK's last day) or is one now.
   */
  private boolean member(CountryCode country, LocalDate date) {
    String code = country.alpha2();
    int slot = (code.charAt(0) - 'A') * 26 + (code.charAt(1) - 'A');
    if (everInEu[slot] == 0) {
      boolean ever =
          EuMembership.isMember(country, UK_LAST_DAY)
              || EuMembership.isMember(country, LocalDate.MAX);
      everInEu[slot] = (byte) (ever ? 2 : 1);
    }
    return everInEu[slot] == 2 && EuMembership.isMember(country, date);
  }
}
