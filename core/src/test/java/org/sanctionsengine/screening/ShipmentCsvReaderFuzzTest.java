package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Set;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.testing.FuzzFiles;

/**
 * For any bytes, the shipments reader returns rows or refuses the file with a clear error ({@link
 * InvalidInputException}); any other throwable is a finding. Its contract adds: a file it accepts
 * has at least one row (a header alone is refused), and rows come in the order of their lines.
 * Seeds in {@code ShipmentCsvReaderFuzzTestInputs/}; see docs/fuzzing.md.
 */
class ShipmentCsvReaderFuzzTest {
  private static final ShipmentCsvReader READER = new ShipmentCsvReader(Set.of("humanitarian"));

  @FuzzTest(maxDuration = "20s")
  void read_anyBytes_returnsRowsOrClearError(byte[] input) {
    List<ShipmentRow> rows;
    try {
      rows = READER.read(FuzzFiles.write("shipments.csv", input));
    } catch (InvalidInputException expected) {
      return;
    }
    assertThat(rows).isNotEmpty();
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).line()).isGreaterThan(rows.get(i - 1).line());
    }
  }
}
