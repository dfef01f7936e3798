package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.match.Screening;
import org.sanctionsengine.testing.SharedData;

/** The {@code screen} command against a snapshot of the real UN list, imported once. */
class ScreenCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path home;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @BeforeAll
  static void importUnList() {
    int code =
        SanctionsCommand.run(
            new String[] {
              "lists",
              "import",
              SharedData.file("un/consolidated.xml").toString(),
              "--home",
              home.toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(new StringWriter(), true));
    assertThat(code).isZero();
  }

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--home";
    all[args.length + 1] = home.toString();
    return SanctionsCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void screen_aliasSpelling_matchesTheUnEntryWithItsExplanation() {
    assertThat(run("screen", "Ri Eun Song")).isZero();

    assertThat(out.toString())
        .isEqualTo(
            "Ri Eun Song: 1 match (threshold 0.82)\n"
                + "  MATCH  1.00  un:KPi.078  RI U’N SO’NG  (as \"Ri Eun Song\")\n"
                + "         name 1.00: ri = ri (exact), eun = eun (exact), song = song (exact);"
                + " score 1.00\n");
  }

  @Test
  void screen_hangulAsJson_givesTheContractFields() throws IOException {
    assertThat(run("screen", "리은송", "--type", "person", "--format", "json")).isZero();

    JsonNode hit = JSON.readTree(out.toString()).get("hits").get(0);
    assertThat(hit.get("source").asText()).isEqualTo("un");
    assertThat(hit.get("sourceId").asText()).isEqualTo("KPi.078");
    assertThat(hit.get("entityId").asText()).isEqualTo("un:KPi.078");
    assertThat(hit.get("name").asText()).isEqualTo("RI U’N SO’NG");
    assertThat(hit.get("matchedName").asText()).isNotEmpty();
    assertThat(hit.get("score").asDouble()).isGreaterThanOrEqualTo(Screening.DEFAULT_THRESHOLD);
    assertThat(hit.get("match").asBoolean()).isTrue();
    assertThat(hit.get("explanation").asText()).startsWith("name ");
  }

  @Test
  void screen_unknownType_isAnInputErrorThatListsTheTypes() {
    assertThat(run("screen", "Kim", "--type", "ship")).isEqualTo(3);

    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Unknown party type 'ship': expected one of person, organization, vessel,"
                + " aircraft. Use one of these, or leave the type out to screen against every"
                + " kind.\n");
  }

  @Test
  void screen_tenThousandCharacterName_isRejectedWithTheLimit() {
    assertThat(run("screen", "a".repeat(10_000))).isEqualTo(3);

    assertThat(err.toString()).startsWith("sanctions: Name is 10,000 characters long:");
  }

  @Test
  void screen_emptyName_isAnInputErrorThatSaysWhatToGive() {
    assertThat(run("screen", "")).isEqualTo(3);

    assertThat(err.toString())
        .isEqualTo(
            "sanctions: No name to screen: expected a name (or an IMO number), found neither. Give"
                + " the party's name, e.g. \"Kim Jong Un\".\n");
  }

  @Test
  void screen_controlCharacterInTheName_isRejectedWithItsPosition() {
    assertThat(run("screen", "Kim\u0007Jong Un")).isEqualTo(3);

    assertThat(err.toString())
        .isEqualTo(
            "sanctions: Name contains the control character U+0007 at position 4: names may hold"
                + " letters, digits, spaces and punctuation only. Remove the character (it often"
                + " comes from a broken export or copy) and try again.\n");
  }

  @Test
  void screen_batchWithOverlongAndControlCharacterNames_goesOnPastThem(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("parties.csv");
    Files.writeString(
        csv,
        "id,name\n"
            + "long,"
            + "a".repeat(10_000)
            + "\n"
            + "bell,Kim\u0007Jong Un\n"
            + "ok,RI WON HO\n",
        StandardCharsets.UTF_8);

    assertThat(run("screen", "--file", csv.toString(), "--format", "jsonl")).isEqualTo(3);

    List<JsonNode> rows = results(3);
    assertThat(rows)
        .extracting(row -> row.get("id").asText())
        .containsExactly("long", "bell", "ok");
    assertThat(rows.get(0).get("error").asText()).startsWith("Name is 10,000 characters long:");
    assertThat(rows.get(1).get("error").asText())
        .startsWith("Name contains the control character U+0007 at position 4:");
    assertThat(rows.get(2).get("hits").get(0).get("sourceId").asText()).isEqualTo("KPi.033");
  }

  @Test
  void screen_batchWithBadRows_goesOnAndAnswersEveryRowInOrder(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("parties.csv");
    Files.writeString(
        csv,
        "id,name,type,birth_date,country,imo\n"
            + "a,RI WON HO,person,,,\n"
            + "b,,,,,\n"
            + "c,Kim,ship,,,\n"
            + "d,Jane Doe,,,,\n"
            + "e,Ocean Star,vessel,1984-13-01,,\n",
        StandardCharsets.UTF_8);

    assertThat(run("screen", "--file", csv.toString(), "--format", "jsonl")).isEqualTo(3);

    List<JsonNode> rows = results(5);
    assertThat(rows)
        .extracting(row -> row.get("id").asText())
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(rows.get(0).get("hits").get(0).get("sourceId").asText()).isEqualTo("KPi.033");
    assertThat(rows.get(1).get("error").asText()).startsWith("No name to screen");
    // A type or birth date that cannot be read only narrows the search: left out, with a warning.
    assertThat(rows.get(2).has("error")).isFalse();
    assertThat(rows.get(2).get("warnings").get(0).asText())
        .startsWith("column 'type' ignored: Unknown party type 'ship'");
    assertThat(rows.get(3).get("hits")).isEmpty();
    assertThat(rows.get(4).has("error")).isFalse();
    assertThat(rows.get(4).get("warnings").get(0).asText())
        .isEqualTo(
            "column 'birth_date' ignored: Birth date '1984-13-01' cannot be read: expected"
                + " YYYY-MM-DD, YYYY-MM or YYYY. Write it like 1984-01-08 or 1984.");
    assertThat(summary()).isEqualTo(new Summary(5, 4, 1));
    assertThat(err.toString())
        .contains("sanctions: `parties.csv`, line 3: No name to screen")
        .contains("sanctions: `parties.csv`, line 6: column 'birth_date' ignored")
        .contains("sanctions: `parties.csv`: 5 records read: 4 answered, 1 refused");
  }

  @Test
  void screen_batchWithAStrayQuote_answersEveryLine_andFindsTheListedNamesAfterIt(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("parties.csv");
    Files.writeString(
        csv,
        "id,name,country\n1,\"Acme Trading,CN\n2,RI WON HO,KP\n3,Ri Eun Song,KP\n4,Jane Doe,GB\n",
        StandardCharsets.UTF_8);

    assertThat(run("screen", "--file", csv.toString(), "--format", "jsonl")).isEqualTo(3);

    List<JsonNode> rows = results(4);
    assertThat(rows).extracting(row -> row.get("line").asLong()).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows.get(0).get("error").asText()).contains("quote opened at column 3");
    assertThat(rows.get(1).get("hits").get(0).get("sourceId").asText()).isEqualTo("KPi.033");
    assertThat(rows.get(2).get("hits").get(0).get("sourceId").asText()).isEqualTo("KPi.078");
    assertThat(rows.get(3).get("hits")).isEmpty();
    assertThat(summary()).isEqualTo(new Summary(4, 3, 1));
  }

  @Test
  void screen_cleanBatch_endsWithItsSummary_andExitsZero(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("parties.csv");
    Files.writeString(csv, "name\nRI WON HO\nJane Doe\n", StandardCharsets.UTF_8);

    assertThat(run("screen", "--file", csv.toString(), "--format", "jsonl")).isZero();

    assertThat(results(2)).hasSize(2);
    assertThat(summary()).isEqualTo(new Summary(2, 2, 0));
  }

  @Test
  void screen_terminalEscapesFromAFile_areShownEscaped_neverSentRaw(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("parties.csv");
    Files.writeString(
        csv, "name,country\nKim Jong Un,\u001b]0;pwned\u0007\u009b2J\n", StandardCharsets.UTF_8);

    run("screen", "--file", csv.toString(), "--format", "text");

    assertThat(err.toString() + out.toString()).doesNotContain("\u001b", "\u0007", "\u009b");
    assertThat(err.toString()).contains("\\u001b]0;pwned\\u0007\\u009b2J");
  }

  @Test
  void screen_terminalEscapesInAnArgument_areShownEscaped() {
    run("screen", "Kim Jong Un", "--country", "K\u001b[2J\u202eP");

    assertThat(err.toString())
        .doesNotContain("\u001b", "\u202e")
        .contains("Country 'K\\u001b[2J\\u202eP' is not known");
  }

  @Test
  void screen_batchThatIsNotUtf8_isRefusedWithTheLine(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("latin1.csv");
    Files.write(csv, "name\nM\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(run("screen", "--file", csv.toString())).isEqualTo(3);

    assertThat(err.toString()).contains("is not UTF-8").contains("Save the file as CSV (UTF-8)");
  }

  /** The counts of a batch's summary line. */
  private record Summary(long records, long answered, long refused) {}

  /** The result lines of a jsonl batch output, checking that exactly {@code count} precede it. */
  private List<JsonNode> results(int count) {
    List<JsonNode> lines = out.toString().lines().map(ScreenCommandTest::parse).toList();
    assertThat(lines).hasSize(count + 1);
    assertThat(lines.get(count).has("summary")).isTrue();
    return lines.subList(0, count);
  }

  private Summary summary() {
    List<String> lines = out.toString().lines().toList();
    JsonNode summary = parse(lines.get(lines.size() - 1)).get("summary");
    assertThat(summary.get("complete").asBoolean()).isTrue();
    return new Summary(
        summary.get("records").asLong(),
        summary.get("answered").asLong(),
        summary.get("refused").asLong());
  }

  @Test
  void screen_fileWithoutNameColumn_saysWhichColumnsItExpects(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("wrong.csv");
    Files.writeString(csv, "party,country\nKim,KP\n", StandardCharsets.UTF_8);

    assertThat(run("screen", "--file", csv.toString())).isEqualTo(3);

    assertThat(err.toString())
        .isEqualTo(
            "sanctions: wrong.csv, line 1: the header names no 'name' (nor 'imo') column: expected"
                + " any of id,name,type,birth_date,country,imo, found party,country. Add a header"
                + " row such as id,name,type,birth_date,country,imo.\n");
  }

  @Test
  void screen_neitherNameNorFile_isAUsageError() {
    assertThat(run("screen")).isEqualTo(2);

    assertThat(err.toString()).contains("Give either a NAME or --file CSV (found neither).");
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + line, e);
    }
  }
}
