package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanctionsengine.screening.DecisionJson;

/**
 * Decision JSON compared with checked-in golden files (without {@code regimeVersion}, which changes
 * with any data edit): a reviewer sees every change of a decision or its explanation in the diff.
 */
class DecisionGoldenTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "copper-2021, --date 2021-08-04 --from KP --to CN --hs 740311",
    "iron-ore-wind-down-2017, --date 2017-08-20 --from KP --to CN --hs 2601 --contract-date"
        + " 2017-07-01"
  })
  void check_jsonOutput_matchesGoldenFile(String golden, String arguments) throws IOException {
    StringWriter out = new StringWriter();
    String[] args = ("check " + arguments + " --format json").split(" ");
    SanctionsCommand.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter()));

    ObjectNode actual = (ObjectNode) DecisionJson.MAPPER.readTree(out.toString());
    actual.remove("regimeVersion");

    assertThat(actual).isEqualTo(expected(golden));
  }

  private static JsonNode expected(String golden) throws IOException {
    try (InputStream in =
        DecisionGoldenTest.class.getResourceAsStream("golden/" + golden + ".json")) {
      return DecisionJson.MAPPER.readTree(in);
    }
  }
}
