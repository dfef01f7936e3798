package org.sanctionsengine.portfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Writes a synthetic portfolio of DPRK trade as CSV with the columns {@value #HEADER}. Each row is
 * one plausible shipment; the mix of rows follows {@link TradeProfile}: years in proportion to the
 * recorded trade, exports and imports in proportion to their value shares, goods so that their
 * value shares match the statistics, partners mostly China. The same size and seed always give the
 * same file.
 */
public final class PortfolioGenerator {
  public static final String HEADER = "id,date,from,to,hs,description,quantity,unit,value,currency";

  private final SplittableRandom random;

  public PortfolioGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Writes the header and {@code size} rows to {@code out} (not closed). */
  public void write(int size, Writer out) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1: " + size);
    }
    try {
      out.write(HEADER);
      out.write('\n');
      StringBuilder row = new StringBuilder(128);
      String format = "T%0" + Math.max(7, String.valueOf(size).length()) + "d";
      for (int i = 1; i <= size; i++) {
        row.setLength(0);
        row.append(String.format(Locale.ROOT, format, i));
        appendRow(row);
        out.append(row).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void appendRow(StringBuilder row) {
    TradeProfile.Year year = pick(TradeProfile.YEARS, TradeProfile.Year::tradeMillions);
    boolean export = random.nextDouble() < year.exportShare();
    List<TradeProfile.Goods> mix =
        year.year() <= 2017
            ? (export ? TradeProfile.EXPORTS_TO_2017 : TradeProfile.IMPORTS_TO_2017)
            : (export ? TradeProfile.EXPORTS_FROM_2018 : TradeProfile.IMPORTS_FROM_2018);
    TradeProfile.Goods goods = pick(mix, g -> g.valueShare() / g.meanValue());
    String partner = pick(TradeProfile.PARTNERS, TradeProfile.Partner::share).country();
    LocalDate first = LocalDate.of(year.year(), 1, 1);
    LocalDate date = first.plusDays(random.nextInt(first.lengthOfYear()));
    double quantity = Math.round(goods.minQuantity() + random.nextDouble() * spread(goods));
    double value = Math.round(quantity * goods.unitPrice() * (0.8 + random.nextDouble() * 0.4));
    row.append(',').append(date);
    row.append(',').append(export ? "KP" : partner);
    row.append(',').append(export ? partner : "KP");
    row.append(',').append(goods.hs());
    row.append(',').append(csv(goods.description()));
    row.append(',').append(goods.unit().isEmpty() ? "" : String.valueOf((long) quantity));
    row.append(',').append(goods.unit());
    row.append(',').append((long) value);
    row.append(",USD");
  }

  private static double spread(TradeProfile.Goods goods) {
    return goods.maxQuantity() - goods.minQuantity();
  }

  private static String csv(String text) {
    return text.indexOf(',') >= 0 || text.indexOf('"') >= 0
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }

  private <T> T pick(List<T> options, ToDoubleFunction<T> weight) {
    double total = 0;
    for (T option : options) {
      total += weight.applyAsDouble(option);
    }
    double target = random.nextDouble() * total;
    for (T option : options) {
      target -= weight.applyAsDouble(option);
      if (target < 0) {
        return option;
      }
    }
    return options.get(options.size() - 1);
  }
}
