package org.sanctionsengine.scenario;

import java.time.LocalDate;
import java.util.List;
import org.sanctionsengine.screening.Shipment;

/** A shipment moved to another date, everything else kept (for --as-of). */
final class Redating {
  private Redating() {}

  static Shipment on(Shipment s, LocalDate date) {
    var b =
        Shipment.builder()
            .date(date)
            .from(s.from())
            .to(s.to())
            .origin(s.origin())
            .goods(s.goods())
            .exemptions(List.copyOf(s.exemptions()))
            .parties(List.copyOf(s.parties()));
    if (!s.id().isEmpty()) {
      b.id(s.id());
    }
    if (!s.description().isEmpty()) {
      b.description(s.description());
    }
    s.quantity().ifPresent(b::quantity);
    s.value().ifPresent(b::value);
    s.contractDate().ifPresent(b::contractDate);
    b.warnings(s.warnings());
    if (!s.unreadQuantity().isEmpty()) {
      b.unreadQuantity(s.unreadQuantity());
    }
    return b.build();
  }
}
