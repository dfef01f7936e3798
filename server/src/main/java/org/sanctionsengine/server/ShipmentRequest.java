package org.sanctionsengine.server;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sanctionsengine.screening.ShipmentFields;

/**
 * A shipment to judge, as the API receives it: the fields of {@code sanctions check}, in JSON
 * (numbers as numbers, lists as arrays). Absent optional fields are unknown.
 */
public record ShipmentRequest(
    @Nullable String id,
    @Nullable String date,
    @Nullable String from,
    @Nullable String to,
    @Nullable String origin,
    @Nullable String hs,
    @Nullable String description,
    @Nullable Double quantity,
    @Nullable String unit,
    @Nullable Double value,
    @Nullable String currency,
    @Nullable String contractDate,
    @Nullable List<String> exemptions,
    @Nullable List<String> parties) {

  /** The fields as the engine's shipment reader takes them. */
  public ShipmentFields.Raw raw() {
    return new ShipmentFields.Raw(
        text(id),
        text(date),
        text(from),
        text(to),
        text(origin),
        text(hs),
        text(description),
        number(quantity),
        text(unit),
        number(value),
        text(currency),
        text(contractDate),
        exemptions == null ? List.of() : exemptions,
        parties == null ? List.of() : parties);
  }

  private static String text(@Nullable String value) {
    return value == null ? "" : value;
  }

  private static String number(@Nullable Double value) {
    return value == null ? "" : String.format(Locale.ROOT, "%s", value);
  }
}
