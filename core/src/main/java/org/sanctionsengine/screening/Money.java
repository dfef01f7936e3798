package org.sanctionsengine.screening;

import java.util.Locale;

/** A value in a currency (ISO 4217 code, upper case): USD 250,000. */
public record Money(double amount, String currency) {
  public Money {
    if (!(amount >= 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException("value must be a finite number >= 0: " + amount);
    }
    currency = currency.toUpperCase(Locale.ROOT);
  }

  public boolean isUsd() {
    return "USD".equals(currency);
  }

  @Override
  public String toString() {
    return currency + " " + Amounts.format(amount);
  }
}
