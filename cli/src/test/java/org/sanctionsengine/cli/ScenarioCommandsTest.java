package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.screening.DecisionJson;

class ScenarioCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  private int run(String... args) {
    return SanctionsCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path portfolio() throws IOException {
    Path csv = dir.resolve("trades.csv");
    Files.writeString(
        csv,
        """
        id,date,from,to,hs,description,quantity,unit,value,currency
        copper,2022-01-10,KP,CN,7403.11,refined copper,100,tonnes,900000,USD
        textiles,2022-01-10,KP,CN,6203.42,cotton trousers,5000,pieces,60000,USD
        rice,2022-01-10,CN,KP,1006.30,rice,1000,tonnes,500000,USD
        bad,2022-13-10,CN,KP,1006.30,rice,1000,tonnes,500000,USD
        """,
        StandardCharsets.UTF_8);
    return csv;
  }

  @Test
  void scenarioList_builtIns_namesEachWithItsSources() {
    assertThat(run("scenario", "list")).isZero();

    assertThat(out.toString())
        .contains("dprk-2021-demand", "hanoi-2019-demand", "inter-korean-2019")
        .contains("action-for-action", "sources: CGTN-HANOI, HT-ICBM-2022, MALAYMAIL-2022");
  }

  @Test
  void check_underDprk2021Demand_copperFromKpIsPermittedTextilesStayProhibited() {
    String[] copper = {"check", "--date", "2022-01-10", "--from", "KP", "--to", "CN"};

    assertThat(run(concat(copper, "--hs", "7403.11"))).isZero();
    assertThat(out.toString()).startsWith("PROHIBITED");
    out.getBuffer().setLength(0);
    assertThat(run(concat(copper, "--hs", "7403.11", "--scenario", "dprk-2021-demand"))).isZero();
    assertThat(out.toString()).startsWith("PERMITTED");
    out.getBuffer().setLength(0);
    assertThat(run(concat(copper, "--hs", "6203.42", "--scenario", "dprk-2021-demand"))).isZero();
    assertThat(out.toString()).startsWith("PROHIBITED");
  }

  @Test
  void check_violationFlagWithoutScenario_isAUsageProblem() {
    int code =
        run(
            "check",
            "--date",
            "2022-01-10",
            "--from",
            "KP",
            "--to",
            "CN",
            "--hs",
            "2701",
            "--violation",
            "test-freeze=2022-03-24");

    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .isEqualTo(
            "sanctions: --violation applies to a scenario: give --scenario NAME|FILE as well."
                + System.lineSeparator());
  }

  @Test
  void explain_badScenarioFile_exitsWithInvalidInputNamingFileLineAndField() throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        """
        scenario: bad
        title: Bad
        description: Lifts a measure that does not exist.
        sources: [{key: T, url: 'https://example.org', published-on: 2021-01-01}]
        operations:
          - lift: un-9999-op1-nothing
            from: 2021-01-01
        """,
        StandardCharsets.UTF_8);

    assertThat(run("scenario", "explain", file.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .startsWith(
            "sanctions: Scenario file '"
                + file
                + "' has 1 problem; nothing of it was applied:\n  - "
                + file
                + ", line 6, field 'operations[0].lift': unknown measure id"
                + " 'un-9999-op1-nothing'");
  }

  @Test
  void diff_html_isOneFileWithChartsAndNothingFetchedFromTheNetwork() throws IOException {
    Path report = dir.resolve("report.html");

    int code =
        run(
            "scenario",
            "diff",
            "--scenario",
            "dprk-2021-demand",
            "--portfolio",
            portfolio().toString(),
            "--format",
            "html",
            "--output",
            report.toString());

    assertThat(code).isZero();
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("new Chart(", "<canvas id=\"measure\"");
    assertThat(html).contains("un-2321-op28-copper-nickel-silver-zinc");
    // No tag loads anything (script src, link href, img src), and no style pulls a resource.
    assertThat(Pattern.compile("(?i)<[a-z]+[^>]*\\s(src|href)\\s*=").matcher(html).find())
        .isFalse();
    assertThat(Pattern.compile("(?i)<link|@import|[^A-Za-z]url\\(").matcher(html).find()).isFalse();
    assertThat(err.toString()).contains("row at line 5 skipped: Invalid date '2022-13-10'");
  }

  @Test
  void diff_json_reportsTheFlipAndTheUnlockedValueByMeasure() throws IOException {
    int code =
        run(
            "scenario",
            "diff",
            "--scenario",
            "dprk-2021-demand",
            "--portfolio",
            portfolio().toString(),
            "--format",
            "json");

    assertThat(code).isZero();
    JsonNode json = DecisionJson.MAPPER.readTree(out.toString());
    assertThat(json.get("transactions").asInt()).isEqualTo(3);
    assertThat(json.get("refusedRows").asInt()).isEqualTo(1);
    assertThat(json.get("flips")).hasSize(1);
    assertThat(json.get("flips").get(0).get("id").asText()).isEqualTo("copper");
    assertThat(json.get("flips").get(0).get("scenario").asText()).isEqualTo("PERMITTED");
    JsonNode measure = json.get("byMeasure").get(0);
    assertThat(measure.get("key").asText()).isEqualTo("un-2321-op28-copper-nickel-silver-zinc");
    assertThat(measure.get("valueUsd").asLong()).isEqualTo(900_000);
    assertThat(json.get("byAuthority")).hasSize(1);
    assertThat(json.get("byAuthority").get(0).get("key").asText()).isEqualTo("UN");
  }

  @Test
  void diff_asOfBeforeTheRelief_flipsNothing() throws IOException {
    int code =
        run(
            "scenario",
            "diff",
            "--scenario",
            "dprk-2021-demand",
            "--portfolio",
            portfolio().toString(),
            "--as-of",
            "2021-08-02",
            "--format",
            "json");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"asOf\" : \"2021-08-02\"", "\"flipCount\" : 0");
  }

  @Test
  void timeline_actionForAction_showsPhasesInOrderAndTheSnapBackDay() {
    assertThat(run("scenario", "timeline", "action-for-action")).isZero();

    String text = out.toString();
    assertThat(
            text.indexOf("2019-03-01\n  phase 'freeze-for-livelihood' starts (while: test-freeze)"))
        .isPositive()
        .isLessThan(text.indexOf("2019-09-01\n  phase 'yongbyon-for-minerals' starts"));
    assertThat(text)
        .contains(
            "2022-03-24\n  ! snap-back ('test-freeze'): lift: un-2375-op16-textiles",
            "    un-2375-op16-textiles: in force, unchanged");
  }

  @Test
  void explain_violationFlag_showsTheSnapBackOfThePhase() {
    int code =
        run(
            "scenario",
            "explain",
            "action-for-action",
            "--violation",
            "yongbyon-dismantled=2020-06-01");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains(
            "-> lift from 2019-09-01 (phase 'yongbyon-for-minerals'); snapped back on 2020-06-01"
                + " ('yongbyon-dismantled' violated): the measure applies again from that day");
  }

  @Test
  void portfolioGenerate_sameSeed_sameFileWithTheCheckColumns() {
    assertThat(run("portfolio", "generate", "--size", "50", "--seed", "3")).isZero();
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("portfolio", "generate", "--size", "50", "--seed", "3")).isZero();

    assertThat(out.toString()).isEqualTo(first);
    assertThat(first.lines().findFirst())
        .contains("id,date,from,to,hs,description,quantity,unit,value,currency");
    assertThat(first.lines().count()).isEqualTo(51);
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
