package org.sanctionsengine.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchCsvReaderTest {
  private static List<BatchCsvLine> read(String text) {
    return read(text, InputLimits.defaults());
  }

  private static List<BatchCsvLine> read(String text, InputLimits limits) {
    List<BatchCsvLine> lines = new ArrayList<>();
    try (BatchCsvReader reader = BatchCsvReader.open(new StringReader(text), "t.csv", limits)) {
      for (Optional<BatchCsvLine> next = reader.next(); next.isPresent(); next = reader.next()) {
        lines.add(next.get());
      }
    }
    return lines;
  }

  private static List<String> fields(BatchCsvLine line) {
    assertThat(line).isInstanceOf(BatchCsvLine.Fields.class);
    return ((BatchCsvLine.Fields) line).fields();
  }

  @Test
  void strayOpeningQuote_spoilsOnlyItsOwnLine_andEveryOtherLineComesOut() {
    String text =
        "id,name\n1,\"Kim Jong Un\n2,Ri Pyong Chol\n3,Choe Ryong Hae\n4,\"Pak, Pong Ju\"\n";

    List<BatchCsvLine> lines = read(text);

    assertThat(lines).hasSize(5); // header + 4 records: every line in comes out
    assertThat(lines.get(1)).isInstanceOf(BatchCsvLine.Broken.class);
    assertThat(lines.get(1).line()).isEqualTo(2);
    assertThat(((BatchCsvLine.Broken) lines.get(1)).problem())
        .contains("quote opened at column 3")
        .contains("not closed on this line");
    assertThat(fields(lines.get(2))).containsExactly("2", "Ri Pyong Chol");
    assertThat(fields(lines.get(3))).containsExactly("3", "Choe Ryong Hae");
    assertThat(fields(lines.get(4))).containsExactly("4", "Pak, Pong Ju");
    assertThat(lines.get(4).line()).isEqualTo(5);
  }

  @Test
  void quotedFields_holdCommasAndDoubledQuotes() {
    List<BatchCsvLine> lines = read("a,\"b, \"\"c\"\"\",d\n");

    assertThat(fields(lines.get(0))).containsExactly("a", "b, \"c\"", "d");
  }

  @Test
  void quoteInsideUnquotedField_isKeptAsACharacter() {
    assertThat(fields(read("1,Kim \"the\" Jong Un\n").get(0)))
        .containsExactly("1", "Kim \"the\" Jong Un");
  }

  @Test
  void lineEndings_crlfLfAndLoneCr_allEndALine_andBlankLinesAreSkippedButCounted() {
    List<BatchCsvLine> lines = read("a,b\r\n1,x\r2,y\n\n   \n3,z");

    assertThat(lines).extracting(BatchCsvLine::line).containsExactly(1L, 2L, 3L, 6L);
    assertThat(fields(lines.get(3))).containsExactly("3", "z");
  }

  @Test
  void byteOrderMark_isDropped() {
    assertThat(fields(read("\uFEFFid,name\n").get(0))).containsExactly("id", "name");
  }

  @Test
  void emptyFields_andTrailingComma_areKept() {
    assertThat(fields(read("1,,x,\n").get(0))).containsExactly("1", "", "x", "");
  }

  @Test
  void overlongLine_isBrokenWithoutBeingHeld_andTheNextLineIsRead() {
    InputLimits small = InputLimits.builder().maxStringLength(10).build();

    List<BatchCsvLine> lines = read("1,short\n2," + "x".repeat(5_000) + "\n3,next\n", small);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).isInstanceOf(BatchCsvLine.Broken.class);
    assertThat(((BatchCsvLine.Broken) lines.get(1)).problem()).contains("longer than 10");
    assertThat(fields(lines.get(2))).containsExactly("3", "next");
  }

  @Test
  void textThatIsNotUtf8_isRefusedWithTheLine() {
    byte[] latin1 = "id,name\n1,M\u00fcller\n".getBytes(StandardCharsets.ISO_8859_1);
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
    try (BatchCsvReader reader =
        BatchCsvReader.open(
            new InputStreamReader(new ByteArrayInputStream(latin1), decoder),
            "t.csv",
            InputLimits.defaults())) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("`t.csv`: the text at or after line 1 is not UTF-8");
    }
  }
}
