package org.sanctionsengine.scenario;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sanctionsengine.testing.FuzzFiles;

/**
 * For any bytes, reading a scenario file returns a checked scenario or refuses it with a {@link
 * ScenarioException} listing its problems; any other throwable is a finding. The file is read as
 * YAML (which also covers most JSON). Seeds in {@code ScenarioReaderFuzzTestInputs/}; see
 * docs/fuzzing.md.
 */
class ScenarioReaderFuzzTest {
  @FuzzTest(maxDuration = "20s")
  void read_anyBytes_returnsScenarioOrClearError(byte[] input) {
    try {
      Fixtures.SCENARIOS.read(FuzzFiles.write("scenario.yaml", input));
    } catch (ScenarioException expected) {
      // A clear refusal, listing every problem with its line.
    }
  }
}
