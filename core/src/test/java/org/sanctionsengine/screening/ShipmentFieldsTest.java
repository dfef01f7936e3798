package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShipmentFieldsTest {
  private static final Set<String> CLAIMS = Set.of("livelihood", "rajin-transit");

  private static ShipmentRow row(Map<String, String> cells) {
    return ShipmentFields.row(7, column -> cells.getOrDefault(column, ""), CLAIMS);
  }

  @Test
  void row_namedColumns_isTheShipmentWithListsSplitAtSemicolons() {
    ShipmentRow row =
        row(
            Map.of(
                "id", "t1",
                "date", "2019-02-01",
                "from", "CN",
                "to", "KP",
                "hs", "2710.19",
                "quantity", "100",
                "unit", "barrels",
                "exemption", "livelihood; rajin-transit",
                "party", "DE;US"));

    assertThat(row).isInstanceOf(ShipmentRow.Valid.class);
    Shipment shipment = ((ShipmentRow.Valid) row).shipment();
    assertThat(shipment.id()).isEqualTo("t1");
    assertThat(shipment.date()).isEqualTo(LocalDate.of(2019, 2, 1));
    assertThat(shipment.exemptions()).containsExactlyInAnyOrder("livelihood", "rajin-transit");
    assertThat(shipment.parties())
        .extracting(CountryCode::alpha2)
        .containsExactlyInAnyOrder("DE", "US");
    assertThat(row.line()).isEqualTo(7);
  }

  @Test
  void row_badDate_isInvalidWithTheColumnNamed() {
    ShipmentRow row = row(Map.of("id", "t2", "date", "01/02/2019", "from", "CN", "to", "KP"));

    assertThat(row)
        .isEqualTo(
            new ShipmentRow.Invalid(
                7,
                "t2",
                "Invalid date '01/02/2019' for column 'date': expected YYYY-MM-DD (ISO 8601), e.g."
                    + " 2021-08-04. Write the date in that form and run again."));
  }

  @Test
  void raw_missingColumns_areEmpty() {
    ShipmentFields.Raw raw = ShipmentFields.raw(column -> "");

    assertThat(raw.exemptions()).isEqualTo(List.of());
    assertThat(raw.date()).isEmpty();
  }
}
