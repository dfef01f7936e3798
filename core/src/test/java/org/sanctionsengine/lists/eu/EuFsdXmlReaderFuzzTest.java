package org.sanctionsengine.lists.eu;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.FuzzFiles;
import org.sanctionsengine.testing.ListReading;

/**
 * For any bytes, the EU reader (current FSD export) returns entries or refuses the file with a
 * clear error ({@link InvalidInputException}); any other throwable is a finding. Seeds in {@code
 * EuFsdXmlReaderFuzzTestInputs/}; see docs/fuzzing.md.
 */
class EuFsdXmlReaderFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void read_anyBytes_returnsEntriesOrClearError(byte[] input) {
    try {
      ListReading.read(ListFormat.EU_XML, FuzzFiles.LIMITS, FuzzFiles.write("eu.xml", input));
    } catch (InvalidInputException expected) {
      // A clear refusal: the file is malformed or over a limit.
    }
  }
}
