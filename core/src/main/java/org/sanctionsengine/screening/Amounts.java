package org.sanctionsengine.screening;

/**
 * Formats amounts for people: 1,000,866; 2.50; 7,500,000. Hand-written rather than {@code
 * String.format}, which costs more than a whole decision (see TransactionCheckBenchmark).
 */
final class Amounts {
  private Amounts() {}

  static String format(double amount) {
    if (amount == Math.rint(amount) && Math.abs(amount) < 1e15) {
      return grouped((long) amount);
    }
    long cents = Math.round(amount * 100);
    long fraction = Math.abs(cents % 100);
    return grouped(cents / 100) + (fraction < 10 ? ".0" : ".") + fraction;
  }

  private static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder(digits.length() + 8);
    if (value < 0) {
      out.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      out.append(',').append(digits, i, i + 3);
    }
    return out.toString();
  }

  static String percent(double part, double whole) {
    long tenths = Math.round(1000.0 * part / whole);
    return tenths / 10 + "." + tenths % 10 + "%";
  }
}
