package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.screening.DecisionJson;

class CheckCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int run(String... args) {
    return SanctionsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void check_copperFromDprkIn2021_printsProhibitedWithTheMeasure() {
    int code = run("check", "--date", "2021-08-04", "--from", "KP", "--to", "CN", "--hs", "740311");

    assertThat(code).isZero();
    assertThat(out.toString())
        .startsWith("PROHIBITED  2021-08-04  KP -> CN  HS 7403.11")
        .contains("S/RES/2321 (2016) OP28 [UN; content confirmed; OP# unconfirmed]");
  }

  @Test
  void check_jsonFormat_hasTheContractFields() throws IOException {
    run(
        "check",
        "--date",
        "2018-03-10",
        "--from",
        "CN",
        "--to",
        "KP",
        "--description",
        "diesel",
        "--quantity",
        "1000",
        "--unit",
        "tonnes",
        "--format",
        "json");

    JsonNode json = DecisionJson.MAPPER.readTree(out.toString());
    assertThat(json.get("decision").asText()).isEqualTo("CAP_LIMITED");
    JsonNode cap = json.get("measures").get(0);
    assertThat(cap.get("id").asText()).isEqualTo("un-2397-op5-refined-petroleum-cap");
    assertThat(cap.get("instrument").asText()).isEqualTo("S/RES/2397 (2017)");
    assertThat(cap.get("provision").asText()).isEqualTo("OP5");
    assertThat(cap.get("authority").asText()).isEqualTo("UN");
    assertThat(cap.get("effect").asText()).isEqualTo("CAP_LIMITED");
    assertThat(cap.get("explanation").asText()).contains("500,000 bbl");
    assertThat(json.get("bindingAuthorities").toString()).isEqualTo("[\"UN\"]");
    assertThat(json.get("notes").size()).isPositive();
  }

  @Test
  void check_unknownCountry_exitsInvalidInputWithTheWholeMessage() {
    int code = run("check", "--date", "2021-08-04", "--from", "UK", "--to", "KP", "--hs", "2208");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Unknown country code 'UK' for --from: expected an ISO 3166-1 alpha-2 code"
                + " such as KP, CN, US or DE. The United Kingdom is GB. Check the code and run"
                + " again.\n");
  }

  @Test
  void check_malformedHsCode_exitsInvalidInputWithTheWholeMessage() {
    int code = run("check", "--date", "2021-08-04", "--from", "KP", "--to", "CN", "--hs", "7403.1");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Malformed HS code '7403.1': expected 2, 4, 6, 8 or 10 digits, optionally"
                + " with dots (e.g. '27', '2710', '7403.11' or '740311'), found 5 digits. Check the"
                + " code, or describe the goods with --description instead.\n");
  }

  @Test
  void check_unknownHsChapter_exitsInvalidInputWithTheWholeMessage() {
    int code = run("check", "--date", "2021-08-04", "--from", "KP", "--to", "CN", "--hs", "7701");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Unknown HS code '7701': chapter 77 does not exist (chapter 77 is reserved"
                + " for future use and holds no goods). Check the code against the HS 2022"
                + " nomenclature, or describe the goods with --description.\n");
  }

  @Test
  void check_dateInWrongFormat_exitsInvalidInputWithTheWholeMessage() {
    int code = run("check", "--date", "04/08/2021", "--from", "KP", "--to", "CN", "--hs", "2701");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Invalid date '04/08/2021' for --date: expected YYYY-MM-DD (ISO 8601), e.g."
                + " 2021-08-04. Write the date in that form and run again.\n");
  }

  @Test
  void check_emptyFile_exitsInvalidInputWithTheWholeMessage() throws IOException {
    Path empty = file("empty.csv", "");

    assertThat(run("check", "--file", empty.toString(), "--format", "jsonl"))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: The shipments file '"
                + empty
                + "' is empty: expected a CSV header (e.g. id,date,from,to,hs) and one row per"
                + " shipment. Check that you gave the right file.\n");
  }

  @Test
  void check_nonCsvFile_exitsInvalidInputWithTheWholeMessage() throws IOException {
    Path prose = file("notes.txt", "Dear team,\nplease find the shipments attached.\n");

    assertThat(run("check", "--file", prose.toString(), "--format", "jsonl"))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: The shipments file '"
                + prose
                + "' lacks the columns date, from, to, hs or description: its header is 'Dear"
                + " team,'. Expected a header naming date, from, to and hs or description (all"
                + " columns: id, date, from, to, origin, hs, description, quantity, unit, value,"
                + " currency, contract_date, exemption, party). Unknown columns: Dear team.\n");
  }

  @Test
  void check_batchWithBadRows_reportsEachRowAndJudgesTheOthers() throws IOException {
    Path csv =
        file(
            "shipments.csv",
            "id,date,from,to,hs,quantity,unit\n"
                + "a,2021-08-04,KP,CN,740311,,\n"
                + "b,2021-13-01,KP,CN,740311,,\n"
                + "c,2021-08-04,XX,CN,740311,,\n"
                + "d,2016-03-01,KP,CN,2701,10,tonnes\n");

    assertThat(run("check", "--file", csv.toString(), "--format", "jsonl"))
        .isEqualTo(ExitCodes.INVALID_INPUT);

    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("{\"id\":\"a\",\"decision\":\"PROHIBITED\"");
    assertThat(lines[1])
        .isEqualTo(
            "{\"id\":\"b\",\"line\":3,\"error\":\"Row at line 3: Invalid date '2021-13-01' for"
                + " column 'date': expected YYYY-MM-DD (ISO 8601), e.g. 2021-08-04. Write the date"
                + " in that form and run again.\"}");
    assertThat(lines[2])
        .isEqualTo(
            "{\"id\":\"c\",\"line\":4,\"error\":\"Row at line 4: Unknown country code 'XX' for"
                + " column 'from': expected an ISO 3166-1 alpha-2 code such as KP, CN, US or DE."
                + " Check the code and run again.\"}");
    assertThat(lines[3]).startsWith("{\"id\":\"d\",\"decision\":\"PERMITTED\"");
    assertThat(lines[4])
        .startsWith("{\"summary\":{\"records\":4,\"answered\":2,\"refused\":2,\"complete\":true,");
    assertThat(err.toString()).contains("sanctions: 4 records read: 2 answered, 2 refused");
  }

  @Test
  void check_batchWithAStrayQuote_judgesEveryOtherRow_andExitsInvalidInput() throws IOException {
    Path csv =
        file(
            "shipments.csv",
            "id,date,from,to,hs\n"
                + "a,2021-08-04,KP,CN,\"740311\n"
                + "b,2021-08-04,KP,CN,740311\n"
                + "c,2018-03-01,KP,CN,4403\n");

    assertThat(run("check", "--file", csv.toString(), "--format", "jsonl"))
        .isEqualTo(ExitCodes.INVALID_INPUT);

    List<JsonNode> lines = out.toString().lines().map(CheckCommandTest::parse).toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0).get("line").asLong()).isEqualTo(2);
    assertThat(lines.get(0).get("error").asText()).contains("quote opened at column 20");
    assertThat(lines.get(1).get("decision").asText()).isEqualTo("PROHIBITED");
    assertThat(lines.get(2).get("decision").asText()).isEqualTo("PROHIBITED");
    JsonNode summary = lines.get(3).get("summary");
    assertThat(summary.get("records").asLong()).isEqualTo(3);
    assertThat(summary.get("answered").asLong()).isEqualTo(2);
    assertThat(summary.get("refused").asLong()).isEqualTo(1);
  }

  @Test
  void check_woodInCubicMetres_isJudgedProhibited() throws IOException {
    Path csv =
        file("wood.csv", "id,date,from,to,hs,quantity,unit\nw,2018-03-01,KP,CN,4403,120,m3\n");

    assertThat(run("check", "--file", csv.toString(), "--format", "text")).isZero();

    assertThat(out.toString())
        .startsWith("[w] PROHIBITED  2018-03-01  KP -> CN  HS 4403")
        .contains("summary: 1 record read: 1 answered, 0 refused");
  }

  private static JsonNode parse(String line) {
    try {
      return DecisionJson.MAPPER.readTree(line);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void demo_sampleShipments_printsADecisionForEachWithCapUsage() {
    assertThat(run("demo")).isZero();

    assertThat(out.toString())
        .contains("[d12-copper-2021] PROHIBITED  2021-08-04  KP -> CN  HS 7403.11")
        .contains("[d08-coal-cap-2017] CAP_LIMITED")
        .contains("[d09-coal-cap-2017] PROHIBITED")
        .contains("Cap usage (deliveries counted in date order):");
  }
}
