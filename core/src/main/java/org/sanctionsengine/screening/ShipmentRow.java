package org.sanctionsengine.screening;

/** One data row of a shipments CSV: a shipment, or the problem that kept it from being one. */
public sealed interface ShipmentRow {
  /** The 1-based line of the row in the file. */
  long line();

  record Valid(long line, Shipment shipment) implements ShipmentRow {}

  record Invalid(long line, String id, String problem) implements ShipmentRow {}
}
