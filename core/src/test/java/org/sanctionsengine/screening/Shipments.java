package org.sanctionsengine.screening;

import java.time.LocalDate;
import org.sanctionsengine.goods.HsCode;

/** Test helper: shipments in one line. */
final class Shipments {
  private Shipments() {}

  static Shipment.ShipmentBuilder of(String date, String from, String to, String hs) {
    return Shipment.builder()
        .date(LocalDate.parse(date))
        .from(new CountryCode(from))
        .to(new CountryCode(to))
        .goods(HsCode.parse(hs));
  }
}
