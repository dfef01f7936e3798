package org.sanctionsengine.lists.uk;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.FuzzFiles;
import org.sanctionsengine.testing.ListReading;

/**
 * For any bytes, the UK ConList reader returns entries or refuses the file with a clear error
 * ({@link InvalidInputException}); any other throwable is a finding. Seeds in {@code
 * UkConListCsvReaderFuzzTestInputs/}; see docs/fuzzing.md.
 */
class UkConListCsvReaderFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void read_anyBytes_returnsEntriesOrClearError(byte[] input) {
    try {
      ListReading.read(ListFormat.UK_CSV, FuzzFiles.LIMITS, FuzzFiles.write("ConList.csv", input));
    } catch (InvalidInputException expected) {
      // A clear refusal: the file is malformed or over a limit.
    }
  }
}
