package org.sanctionsengine.lists.ofac;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.testing.FuzzFiles;
import org.sanctionsengine.testing.ListReading;

/**
 * For any bytes, the OFAC legacy CSV reader returns entries or refuses the set with a clear error
 * ({@link InvalidInputException}); any other throwable is a finding. One input is the whole set:
 * {@code sdn.csv}, {@code add.csv}, {@code alt.csv} and {@code sdn_comments.csv} separated by the
 * byte 0x1E ({@link FuzzFiles#FILE_SEPARATOR}), so the joins between the files are fuzzed too.
 * Seeds in {@code OfacLegacyCsvReaderFuzzTestInputs/}; see docs/fuzzing.md.
 */
class OfacLegacyCsvReaderFuzzTest {
  private static final List<String> FILES =
      List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");

  @FuzzTest(maxDuration = "20s")
  void read_anyBytes_returnsEntriesOrClearError(byte[] input) {
    List<byte[]> parts = FuzzFiles.split(input, FILES.size());
    try {
      ListReading.read(
          ListFormat.OFAC_SDN_CSV,
          FuzzFiles.LIMITS,
          FuzzFiles.write(FILES.get(0), parts.get(0)),
          FuzzFiles.write(FILES.get(1), parts.get(1)),
          FuzzFiles.write(FILES.get(2), parts.get(2)),
          FuzzFiles.write(FILES.get(3), parts.get(3)));
    } catch (InvalidInputException expected) {
      // A clear refusal: the set is malformed or over a limit.
    }
  }
}
