package org.sanctionsengine.regime;

/** The field a financial measure restricts. */
public enum FinancialArea {
  FINANCIAL_SERVICES,
  BULK_CASH,
  BANKING,
  JOINT_VENTURES,
  INVESTMENT,
  TRADE_FINANCE,
  GRANTS_AND_LOANS,
  REMITTANCES;

  public String code() {
    return WireCodes.of(this);
  }
}
