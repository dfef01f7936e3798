package org.sanctionsengine.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsengine.entity.ListSource;
import org.sanctionsengine.lists.ImportOptions;
import org.sanctionsengine.lists.ImportRejectedException;
import org.sanctionsengine.lists.ListFormat;
import org.sanctionsengine.lists.ListInput;
import org.sanctionsengine.lists.SnapshotStore;
import org.sanctionsengine.testing.TestClock;

class BrokenTextInputTest {
  @TempDir Path home;

  private SnapshotStore store() {
    return SnapshotStore.open(home, TestClock.standard());
  }

  private Path write(String name, String content) throws IOException {
    Path file = home.resolve(name);
    Files.writeString(file, content, StandardCharsets.ISO_8859_1);
    return file;
  }

  /** OFAC's set around {@code sdn}: empty side files that end, as OFAC's do, with 0x1A. */
  private ListInput sdnSet(Path sdn) throws IOException {
    return new ListInput(
        java.util.List.of(
            sdn,
            write("add.csv", "\u001a"),
            write("alt.csv", "\u001a"),
            write("sdn_comments.csv", "\u001a")));
  }

  @Test
  void importList_csvWithBrokenQuote_namesFileAndLine() throws IOException {
    Path sdn =
        write(
            "sdn.csv",
            "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,"
                + "-0- ,-0- ,-0- ,-0- \r\n173,\"ANGLO-CARIBBEAN \"CO.\", LTD.\",-0- ,\"CUBA\",-0- ,-0- ,"
                + "-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");

    assertThatThrownBy(
            () ->
                store().importList(ListFormat.OFAC_SDN_CSV, sdnSet(sdn), ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessage(
            "`sdn.csv`, line 2: the CSV is malformed: Unexpected character after closing"
                + " quote: 'C' (0x43) (a quote is probably broken). Download the file again; if it"
                + " still fails, it is not the official list file. Nothing was imported; there is"
                + " still no ofac-sdn snapshot.");
    assertThat(store().current(ListSource.OFAC_SDN)).isEmpty();
  }

  @Test
  void importList_csvQuoteNeverClosed_saysWhereTheRowRunsTo() throws IOException {
    Path sdn =
        write(
            "sdn.csv",
            "36,\"AEROCARIBBEAN AIRLINES,-0- ,\"CUBA\",-0- \r\n" + "173,\"ANGLO\",-0- \r\n");

    assertThatThrownBy(
            () ->
                store().importList(ListFormat.OFAC_SDN_CSV, sdnSet(sdn), ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith("`sdn.csv`, line 1: ");
    assertThat(store().current(ListSource.OFAC_SDN)).isEmpty();
  }

  @Test
  void importList_truncatedJsonLines_isRejectedAsTruncated() throws IOException {
    Path ftm =
        write(
            "entities.ftm.json",
            "{\"id\":\"a\",\"schema\":\"Person\",\"caption\":\"A\","
                + "\"properties\":{\"name\":[\"A\"]}}\n{\"id\":\"b\",\"schema\":\"Person\",\"prop");

    assertThatThrownBy(
            () ->
                store()
                    .importList(ListFormat.FTM_JSON, ListInput.of(ftm), ImportOptions.defaults()))
        .isInstanceOf(ImportRejectedException.class)
        .hasMessageStartingWith("`entities.ftm.json`, line 2, column ")
        .hasMessageEndingWith(
            ": the file ends inside a JSON object; it looks truncated. Check"
                + " that the file is complete FollowTheMoney JSON lines (download it again)."
                + " Nothing was imported; there is still no opensanctions snapshot.");
    assertThat(store().current()).isEmpty();
  }
}
