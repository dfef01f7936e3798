package org.sanctionsengine.goods;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.GoodsMeasure;
import org.sanctionsengine.regime.RegimeLoader;
import org.sanctionsengine.testing.SharedData;

/**
 * Every HS code in the regime data and in the gazetteer exists in HS 2022, checked against the
 * nomenclature in shared/data/hs (read in place). Codes of 8 or 10 digits are national (EU CN)
 * subdivisions: their 6-digit subheading must exist.
 */
class Hs2022ConsistencyTest {
  private static final Set<String> HS2022 = new HashSet<>();

  @BeforeAll
  static void readNomenclature() throws IOException {
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(SharedData.file("hs/harmonized-system.csv"))) {
      csv.forEach(row -> HS2022.add(row.getField("hscode")));
    }
  }

  private static boolean exists(HsCode code) {
    return HS2022.contains(code.truncate(6).digits());
  }

  @Test
  void regimeData_everyHsCode_existsInHs2022() {
    List<String> unknown =
        RegimeLoader.dprk().goodsMeasures().stream()
            .flatMap(Hs2022ConsistencyTest::codes)
            .filter(code -> !exists(code.code()))
            .map(code -> code.measure() + ": " + code.code().dotted())
            .toList();

    assertThat(unknown).isEmpty();
  }

  @Test
  void gazetteer_everyHsCode_existsInHs2022() {
    assertThat(GoodsGazetteer.standard().entries()).filteredOn(e -> !exists(e.code())).isEmpty();
  }

  @Test
  void chapterNames_coverEveryChapterOfTheNomenclature() {
    // 99 ("commodities not specified according to kind") is a UN Comtrade reporting code, not HS.
    assertThat(HS2022.stream().filter(c -> c.length() == 2 && !c.equals("99")))
        .allSatisfy(c -> assertThat(HsChapters.name(Integer.parseInt(c))).isPresent());
  }

  private record MeasureCode(String measure, HsCode code) {}

  private static Stream<MeasureCode> codes(GoodsMeasure m) {
    return Stream.concat(m.scope().includedCodes().stream(), m.scope().excludedCodes().stream())
        .map(code -> new MeasureCode(m.id(), code));
  }
}
