package org.sanctionsengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsengine.testing.SharedData;

class ListsCommandTest {
  @TempDir Path home;
  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--home";
    all[args.length + 1] = home.toString();
    return SanctionsCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  static String un() {
    return SharedData.file("un/consolidated.xml").toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"import", "update", "status", "diff", "export"})
  void help_everyListsSubcommand_printsUsage(String command) {
    assertThat(
            SanctionsCommand.run(
                new String[] {"lists", command, "--help"},
                new PrintWriter(out, true),
                new PrintWriter(err, true)))
        .isZero();
    assertThat(out.toString()).startsWith("Usage: sanctions lists " + command);
  }

  @Test
  void import_realUnAndOfacDirectory_printsSnapshotsAndStatusShowsThem() {
    assertThat(
            run(
                "lists",
                "import",
                un(),
                SharedData.file("ofac/sdn_legacy_csv/sdn.csv").getParent().toString()))
        .isZero();
    assertThat(out.toString())
        .contains("Imported UN Security Council consolidated list: snapshot" + " un-")
        .contains(
            ", published 2026-02-27, 1,003 entries (730 person, 273 organization),"
                + " sha256 66b392a4090868d2")
        .contains("Imported OFAC SDN list: snapshot ofac-sdn-")
        .contains("8,976 entries (4,620 person, 3,673 organization, 406 vessel, 277 aircraft)");

    assertThat(run("lists", "status")).isZero();
    assertThat(out.toString())
        .contains("un (UN Security Council consolidated list)")
        .contains("  published  2026-02-27")
        .contains("  sha256     66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf")
        .contains("  published  not stated in the file");
  }

  @Test
  void import_fileOfUnknownFormat_exitsThreeNamingTheFormats() throws IOException {
    Path notAList = Files.writeString(home.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);

    assertThat(run("lists", "import", notAList.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .contains(
            "sanctions: Cannot tell the list format of `"
                + notAList
                + "`: found text starting with 'hello', which is none of the formats the engine reads."
                + " Check the file, or give --format with one of: un-xml, ofac-sdn-csv, ofac-cons-csv,"
                + " ofac-sdn-xml, ofac-advanced-xml, eu-xml, eu-legacy-xml, uk-csv, ftm-json.");
  }

  /** Issue 11: a set without alt.csv lost its aliases silently; now it is refused, exit 3. */
  @Test
  void import_ofacSetWithoutAltCsv_exitsThreeAndImportsNothing() throws IOException {
    Path set = Files.createDirectories(home.resolve("ofac-no-alt"));
    for (String name : new String[] {"sdn.csv", "add.csv", "sdn_comments.csv"}) {
      Files.copy(SharedData.file("ofac/sdn_legacy_csv/" + name), set.resolve(name));
    }

    assertThat(run("lists", "import", "--force", set.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .contains(
            "sanctions: `sdn.csv`: OFAC's legacy CSV set is incomplete: alt.csv is missing."
                + " Without it the entries would lose their aliases while the entry count still"
                + " looked right. Give all four files (sdn.csv, add.csv, alt.csv,"
                + " sdn_comments.csv) or the directory that holds them, as OFAC publishes them"
                + " together. Nothing was imported; there is still no ofac-sdn snapshot.");
    assertThat(run("lists", "status")).isZero();
    assertThat(out.toString()).doesNotContain("ofac-sdn-");
  }

  /** Issue 11: --force let a truncated sdn.csv through; truncation is never overridable. */
  @Test
  void import_truncatedSdnCsvWithForce_exitsThreeAndKeepsThePreviousSnapshot() throws IOException {
    Path real = SharedData.file("ofac/sdn_legacy_csv/sdn.csv").getParent();
    assertThat(run("lists", "import", real.toString())).isZero();
    Path set = Files.createDirectories(home.resolve("ofac-cut"));
    for (String name : new String[] {"sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"}) {
      Files.copy(real.resolve(name), set.resolve(name));
    }
    byte[] sdn = Files.readAllBytes(set.resolve("sdn.csv"));
    Files.write(set.resolve("sdn.csv"), java.util.Arrays.copyOf(sdn, sdn.length - 1));

    assertThat(run("lists", "import", "--force", set.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString())
        .contains(
            "sanctions: `sdn.csv`, line 8976: the file does not end with the byte 0x1A that OFAC"
                + " writes after the last row, so it looks truncated (cut after this line); a"
                + " truncated list is never imported, not even with --force.");
    assertThat(run("lists", "status")).isZero();
    assertThat(out.toString()).contains("8,976 entries");
  }

  @Test
  void diff_afterForcedSmallerImport_listsRemovedEntries() throws IOException {
    run("lists", "import", un());
    String xml = Files.readString(Path.of(un()), StandardCharsets.UTF_8);
    int cut = xml.indexOf("<INDIVIDUAL>", xml.indexOf("KPi.001"));
    String smaller =
        xml.substring(0, cut - 1)
            + xml.substring(xml.indexOf("</INDIVIDUAL>", cut) + "</INDIVIDUAL>".length());
    Path file = Files.writeString(home.resolve("un-smaller.xml"), smaller, StandardCharsets.UTF_8);

    assertThat(run("lists", "import", file.toString())).isZero();
    assertThat(run("lists", "diff")).isZero();

    assertThat(out.toString())
        .contains(": 0 added, 1 removed, 0 changed")
        .contains("  - KPi.002  RI JE-SON (person)");
  }

  @Test
  void export_currentUnSnapshot_writesOneFtmLinePerEntity() throws IOException {
    run("lists", "import", un());
    Path target = home.resolve("un.ftm.json");

    assertThat(run("lists", "export", "--output", target.toString())).isZero();

    assertThat(Files.readAllLines(target))
        .hasSize(1003)
        .anyMatch(
            line ->
                line.startsWith(
                    "{\"id\":\"un-KPi.033\",\"schema\":\"Person\"," + "\"caption\":\"RI WON HO\""));
    assertThat(err.toString()).contains("Exported 1,003 entities to " + target);
  }
}
