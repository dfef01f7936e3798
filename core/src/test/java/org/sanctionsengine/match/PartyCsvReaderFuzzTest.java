package org.sanctionsengine.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.testing.FuzzFiles;

/**
 * For any bytes, the parties reader (with each row turned into a query, as the batch faces do)
 * yields rows or refuses with a clear error ({@link InvalidInputException}: a bad header or file,
 * or one bad row's field); any other throwable is a finding. Its contract adds: every row has an id
 * (its own or its row number) and rows come in the order of their lines. The bytes are decoded as
 * the server's upload route does (UTF-8, bad bytes replaced). Seeds in {@code
 * PartyCsvReaderFuzzTestInputs/}; see docs/fuzzing.md.
 */
class PartyCsvReaderFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void next_anyBytes_yieldsRowsOrClearError(byte[] input) {
    InputStreamReader text =
        new InputStreamReader(new ByteArrayInputStream(input), StandardCharsets.UTF_8);
    try (PartyCsvReader reader = new PartyCsvReader(text, "parties.csv", FuzzFiles.LIMITS)) {
      long previousLine = 1;
      for (Optional<PartyRow> row = reader.next(); row.isPresent(); row = reader.next()) {
        assertThat(row.get().id()).isNotEmpty();
        assertThat(row.get().line()).isGreaterThan(previousLine);
        previousLine = row.get().line();
        query(row.get());
      }
    } catch (InvalidInputException expected) {
      // A clear refusal of the whole file: a bad header, a broken quote, a limit.
    }
  }

  private static void query(PartyRow row) {
    try {
      row.party().toQuery();
    } catch (InvalidInputException expected) {
      // One bad row: the batch reports it with its line and goes on.
    }
  }
}
