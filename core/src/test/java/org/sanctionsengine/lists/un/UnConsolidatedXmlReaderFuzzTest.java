package org.sanctionsengine.lists.un;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.FuzzFiles;
import org.sanctionsengine.testing.ListReading;

/**
 * For any bytes, the UN reader returns entries or refuses the file with a clear error ({@link
 * InvalidInputException}: a {@code ListFormatException} or {@code InputLimitException}); any other
 * throwable is a finding. Seeds in {@code UnConsolidatedXmlReaderFuzzTestInputs/}; see
 * docs/fuzzing.md.
 */
class UnConsolidatedXmlReaderFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void read_anyBytes_returnsEntriesOrClearError(byte[] input) {
    try {
      ListReading.read(ListFormat.UN_XML, FuzzFiles.LIMITS, FuzzFiles.write("un.xml", input));
    } catch (InvalidInputException expected) {
      // A clear refusal: the file is malformed or over a limit.
    }
  }
}
