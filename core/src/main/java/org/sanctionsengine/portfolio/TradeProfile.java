package org.sanctionsengine.portfolio;

import java.util.List;

/**
 * The make-up of the DPRK's recorded foreign trade, 2015-2025, as the generator uses it. Figures
 * are rounded shares taken from public summaries of KOTRA's annual "North Korea foreign trade
 * trends" reports, KITA and Chinese customs data (as reported by Yonhap, Reuters, the Straits
 * Times) and OEC's summary of UN Comtrade mirror data; docs/scenarios.md lists each source with its
 * address and says which figures are checked and which are our approximation.
 */
final class TradeProfile {
  private TradeProfile() {}

  /** One year: total recorded trade in USD millions and the share of it that is DPRK exports. */
  record Year(int year, double tradeMillions, double exportShare) {}

  /** One kind of goods: HS code, label, unit, size of one shipment and price per unit (USD). */
  record Goods(
      String hs,
      String description,
      String unit,
      double minQuantity,
      double maxQuantity,
      double unitPrice,
      double valueShare) {
    double meanValue() {
      return (minQuantity + maxQuantity) / 2 * unitPrice;
    }
  }

  /** A trading partner and its share of the DPRK's trade. */
  record Partner(String country, double share) {}

  // KOTRA: 2015 6,250 (exports 2,700); 2017 down 15% on 2016, exports down 37%; 2018-2023 as
  // reported by KOTRA and Chinese customs; 2024-2025 assumed equal to 2023.
  static final List<Year> YEARS =
      List.of(
          new Year(2015, 6250, 0.43),
          new Year(2016, 6530, 0.43),
          new Year(2017, 5550, 0.32),
          new Year(2018, 2840, 0.09),
          new Year(2019, 3240, 0.09),
          new Year(2020, 860, 0.10),
          new Year(2021, 710, 0.12),
          new Year(2022, 1590, 0.10),
          new Year(2023, 2770, 0.11),
          new Year(2024, 2770, 0.11),
          new Year(2025, 2770, 0.11));

  /** Before the 2017 bans took hold: coal about 40% and clothing about 30% of exports (KOTRA). */
  static final List<Goods> EXPORTS_TO_2017 =
      List.of(
          new Goods("2701.12", "anthracite coal", "tonnes", 3000, 15000, 70, 0.40),
          new Goods("6201.93", "men's anoraks of man-made fibres", "pieces", 2000, 20000, 14, 0.13),
          new Goods(
              "6202.93", "women's anoraks of man-made fibres", "pieces", 2000, 20000, 14, 0.08),
          new Goods("6203.42", "men's cotton trousers", "pieces", 2000, 20000, 8, 0.06),
          new Goods("2601.11", "iron ore", "tonnes", 5000, 30000, 40, 0.05),
          new Goods("0307.43", "frozen squid", "tonnes", 10, 100, 2500, 0.04),
          new Goods("0303.89", "frozen fish", "tonnes", 10, 100, 1800, 0.03),
          new Goods("7901.11", "unwrought zinc", "tonnes", 50, 300, 2000, 0.02),
          new Goods("7403.11", "refined copper cathodes", "tonnes", 20, 200, 6000, 0.01),
          new Goods("2607.00", "lead ores and concentrates", "tonnes", 100, 1000, 900, 0.01),
          new Goods("7202.99", "ferro-alloys", "tonnes", 50, 500, 1200, 0.03),
          new Goods("2716.00", "electrical energy", "", 100000, 500000, 1, 0.03),
          new Goods("6704.19", "wigs and false eyelashes", "pieces", 10000, 100000, 2, 0.03),
          new Goods("5002.00", "raw silk", "tonnes", 1, 10, 40000, 0.01),
          new Goods("2613.90", "molybdenum ores", "tonnes", 20, 200, 8000, 0.01),
          new Goods("8471.30", "portable computers", "pieces", 50, 500, 300, 0.01));

  /** Since 2018: wigs and eyelashes, ferro-alloys, tungsten and molybdenum ores, electricity. */
  static final List<Goods> EXPORTS_FROM_2018 =
      List.of(
          new Goods("6704.19", "wigs and false eyelashes", "pieces", 10000, 100000, 2, 0.45),
          new Goods("7202.99", "ferro-alloys", "tonnes", 50, 500, 1200, 0.12),
          new Goods("2611.00", "tungsten ores and concentrates", "tonnes", 10, 100, 12000, 0.10),
          new Goods("2613.90", "molybdenum ores", "tonnes", 20, 200, 8000, 0.05),
          new Goods("2716.00", "electrical energy", "", 100000, 500000, 1, 0.10),
          new Goods("9108.11", "watch movements", "pieces", 1000, 10000, 5, 0.05),
          new Goods("5002.00", "raw silk", "tonnes", 1, 10, 40000, 0.05),
          new Goods("2701.12", "anthracite coal", "tonnes", 3000, 15000, 70, 0.03),
          new Goods("6203.42", "men's cotton trousers", "pieces", 2000, 20000, 8, 0.03),
          new Goods("0307.43", "frozen squid", "tonnes", 10, 100, 2500, 0.02));

  /** Imports before 2018: fuel, machinery, vehicles, fabrics for processing trade, food. */
  static final List<Goods> IMPORTS_TO_2017 =
      List.of(
          new Goods("2710.19", "diesel and fuel oils", "tonnes", 200, 2000, 550, 0.08),
          new Goods("2709.00", "crude petroleum", "tonnes", 5000, 20000, 350, 0.03),
          new Goods("8429.52", "excavators", "pieces", 1, 10, 90000, 0.05),
          new Goods("8474.20", "crushing machines", "pieces", 1, 10, 40000, 0.05),
          new Goods("8704.22", "lorries", "pieces", 1, 20, 30000, 0.06),
          new Goods("8517.13", "mobile phones", "pieces", 500, 5000, 60, 0.04),
          new Goods("5407.61", "woven polyester fabrics", "tonnes", 5, 50, 3000, 0.07),
          new Goods("6006.32", "knitted fabrics", "tonnes", 5, 50, 3500, 0.05),
          new Goods("1507.10", "soya-bean oil", "tonnes", 50, 500, 900, 0.05),
          new Goods("1006.30", "milled rice", "tonnes", 100, 1000, 450, 0.04),
          new Goods("1101.00", "wheat flour", "tonnes", 100, 1000, 350, 0.03),
          new Goods("1701.99", "refined sugar", "tonnes", 50, 500, 500, 0.02),
          new Goods("3901.10", "polyethylene", "tonnes", 20, 200, 1300, 0.04),
          new Goods("4011.20", "tyres for lorries", "pieces", 100, 1000, 150, 0.03),
          new Goods("7208.51", "flat-rolled steel", "tonnes", 100, 1000, 600, 0.04),
          new Goods("3105.30", "diammonium phosphate fertiliser", "tonnes", 100, 1000, 400, 0.02),
          new Goods("3004.90", "medicaments", "kg", 100, 2000, 40, 0.01),
          new Goods("2208.30", "whisky", "pieces", 100, 1000, 40, 0.005),
          new Goods("6203.11", "men's wool suits", "pieces", 20, 200, 300, 0.005));

  /** Imports since 2018: food, oils, materials for wigs, plastics, fertiliser, tyres, medicine. */
  static final List<Goods> IMPORTS_FROM_2018 =
      List.of(
          new Goods("1507.10", "soya-bean oil", "tonnes", 50, 500, 900, 0.12),
          new Goods("1006.30", "milled rice", "tonnes", 100, 1000, 450, 0.08),
          new Goods("1101.00", "wheat flour", "tonnes", 100, 1000, 350, 0.08),
          new Goods("1701.99", "refined sugar", "tonnes", 50, 500, 500, 0.06),
          new Goods("5407.61", "woven polyester fabrics", "tonnes", 5, 50, 3000, 0.08),
          new Goods("0501.00", "human hair, unworked", "tonnes", 1, 10, 15000, 0.06),
          new Goods("5103.10", "noils of wool", "tonnes", 1, 20, 6000, 0.04),
          new Goods("3901.10", "polyethylene", "tonnes", 20, 200, 1300, 0.07),
          new Goods("3105.30", "diammonium phosphate fertiliser", "tonnes", 100, 1000, 400, 0.07),
          new Goods("4011.20", "tyres for lorries", "pieces", 100, 1000, 150, 0.05),
          new Goods("3004.90", "medicaments", "kg", 100, 2000, 40, 0.05),
          new Goods("2710.19", "diesel and fuel oils", "tonnes", 200, 2000, 550, 0.05),
          new Goods("8429.52", "excavators", "pieces", 1, 10, 90000, 0.02),
          new Goods("8704.22", "lorries", "pieces", 1, 20, 30000, 0.01),
          new Goods("8517.13", "mobile phones", "pieces", 500, 5000, 60, 0.02),
          new Goods("7208.51", "flat-rolled steel", "tonnes", 100, 1000, 600, 0.01),
          new Goods("2208.30", "whisky", "pieces", 100, 1000, 40, 0.005),
          new Goods("6203.11", "men's wool suits", "pieces", 20, 200, 300, 0.005));

  /** China about 91-95% (KOTRA, KITA); then Russia, India, Thailand and a long tail. */
  static final List<Partner> PARTNERS =
      List.of(
          new Partner("CN", 0.915),
          new Partner("RU", 0.015),
          new Partner("IN", 0.014),
          new Partner("TH", 0.008),
          new Partner("VN", 0.008),
          new Partner("PK", 0.006),
          new Partner("NL", 0.006),
          new Partner("DE", 0.005),
          new Partner("PL", 0.004),
          new Partner("SN", 0.004),
          new Partner("NG", 0.004),
          new Partner("BR", 0.004));
}
