package org.sanctionsengine.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.testing.SharedData;

class ListFilesTest {
  @Test
  void detect_everyRealListFile_byItsContent() {
    assertThat(ListFiles.detect(SharedData.file("un/consolidated.xml")))
        .isEqualTo(ListFormat.UN_XML);
    assertThat(ListFiles.detect(SharedData.file("ofac/sdn_legacy_csv/alt.csv")))
        .isEqualTo(ListFormat.OFAC_SDN_CSV);
    assertThat(ListFiles.detect(SharedData.file("ofac/consolidated_nonsdn_csv/cons_prim.csv")))
        .isEqualTo(ListFormat.OFAC_CONS_CSV);
    assertThat(ListFiles.detect(SharedData.file("uk/hmt_conlist_2016-02-12_partial.csv")))
        .isEqualTo(ListFormat.UK_CSV);
    assertThat(
            ListFiles.detect(
                SharedData.file("opensanctions/yente_fixtures/zala_entities.ftm.json")))
        .isEqualTo(ListFormat.FTM_JSON);
  }

  @Test
  void group_ofacDirectoryAndUnFile_giveTwoInputsMainFileFirst() {
    Path sdnDir = SharedData.file("ofac/sdn_legacy_csv/sdn.csv").getParent();

    List<ListFiles.TypedInput> inputs =
        ListFiles.group(List.of(SharedData.file("un/consolidated.xml"), sdnDir), Optional.empty());

    assertThat(inputs)
        .extracting(ListFiles.TypedInput::format)
        .containsExactly(ListFormat.UN_XML, ListFormat.OFAC_SDN_CSV);
    assertThat(inputs.get(1).input().files())
        .extracting(ListInput::displayName)
        .containsExactly("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
  }

  @Test
  void group_ofacSideFilesWithoutMain_namesTheMissingFile() {
    Path alt = SharedData.file("ofac/sdn_legacy_csv/alt.csv");

    assertThatThrownBy(() -> ListFiles.group(List.of(alt), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "The files [alt.csv] are part of OFAC SDN legacy CSV set (sdn.csv, add.csv,"
                + " alt.csv, sdn_comments.csv), but its main file sdn.csv is missing. Give sdn.csv with"
                + " them (or the directory that holds the set).");
  }

  @Test
  void group_missingFile_saysWhatToGive() {
    assertThatThrownBy(() -> ListFiles.group(List.of(Path.of("no/such.xml")), Optional.empty()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "File not found: no/such.xml. Give the path of a list file (or of the"
                + " directory of OFAC's CSV set).");
  }
}
