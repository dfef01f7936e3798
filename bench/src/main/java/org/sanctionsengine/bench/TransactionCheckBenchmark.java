package org.sanctionsengine.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sanctionsengine.goods.GoodsGazetteer;
import org.sanctionsengine.goods.HsCode;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.screening.CountryCode;
import org.sanctionsengine.screening.Decision;
import org.sanctionsengine.screening.Money;
import org.sanctionsengine.screening.Quantity;
import org.sanctionsengine.screening.QuantityUnit;
import org.sanctionsengine.screening.Screener;
import org.sanctionsengine.screening.Shipment;

/**
 * Transaction checks per second on one thread, over a realistic mix of shipments generated with a
 * fixed seed: dates 2006-2025, DPRK exports and imports through China, Russia, EU members, the US
 * and the ROK, some US-origin goods, some trade not involving the DPRK, goods drawn from the goods
 * gazetteer (coal, copper, seafood, textiles, whisky, suits, diesel, crude, trucks, rice ...). Each
 * operation is one complete decision, explanations included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransactionCheckBenchmark {
  private static final long SEED = 20_211_108L;
  private static final int SHIPMENTS = 4_096;
  private static final String[][] ROUTES = {
    {"KP", "CN"}, {"CN", "KP"}, {"KP", "CN"}, {"CN", "KP"}, {"RU", "KP"}, {"KP", "RU"},
    {"DE", "KP"}, {"IT", "KP"}, {"KR", "KP"}, {"US", "KP"}, {"KP", "US"}, {"CN", "DE"}
  };

  private Screener screener;
  private Shipment[] shipments;
  private int next;

  @Setup
  public void setUp() {
    screener = new Screener(RegimeLoader.dprk());
    List<HsCode> goods =
        GoodsGazetteer.standard().entries().stream().map(GoodsGazetteer.Entry::code).toList();
    Random random = new Random(SEED);
    shipments = new Shipment[SHIPMENTS];
    LocalDate first = LocalDate.of(2006, 1, 1);
    for (int i = 0; i < SHIPMENTS; i++) {
      String[] route = ROUTES[random.nextInt(ROUTES.length)];
      var b =
          Shipment.builder()
              .date(first.plusDays(random.nextInt(20 * 365)))
              .from(new CountryCode(route[0]))
              .to(new CountryCode(route[1]))
              .goods(goods.get(random.nextInt(goods.size())))
              .quantity(new Quantity(1 + random.nextInt(10_000), QuantityUnit.TONNES))
              .value(new Money(1_000 + random.nextInt(1_000_000), "USD"));
      if (random.nextInt(10) == 0) {
        b.origin(CountryCode.US);
      }
      shipments[i] = b.build();
    }
  }

  @Benchmark
  public Decision check() {
    Shipment shipment = shipments[next];
    next = (next + 1) & (SHIPMENTS - 1);
    return screener.check(shipment);
  }
}
