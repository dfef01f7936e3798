package org.sanctionsengine.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionsengine.regime.RegimeLoader;

/**
 * Issue 11: every row of a shipments batch comes out, and only the fields a decision needs can
 * refuse one. Each test counts the rows in and out.
 */
class ShipmentBatchIntegrityTest {
  private static final Screener SCREENER = new Screener(RegimeLoader.dprk());
  private static final ShipmentCsvReader READER =
      new ShipmentCsvReader(SCREENER.regime().claims().keySet());
  private static final String HEADER =
      "id,date,from,to,hs,quantity,unit,value,currency,contract_date,exemption\n";

  private static Decision judged(ShipmentRow row) {
    assertThat(row).isInstanceOf(ShipmentRow.Valid.class);
    return SCREENER.check(((ShipmentRow.Valid) row).shipment());
  }

  @Test
  void strayQuote_refusesItsOwnRowOnly_andEveryRowComesOut() {
    String csv =
        HEADER
            + "a,2018-03-01,KP,CN,4403,,,,,,\n"
            + "b,2018-03-01,KP,CN,\"2601,,,,,,\n"
            + "c,2018-03-01,KP,CN,2601,,,,,,\n"
            + "d,2021-08-04,KP,CN,740311,,,,,,\n";

    List<ShipmentRow> rows = READER.read("s.csv", csv);

    assertThat(rows).hasSize(4);
    assertThat(rows).extracting(ShipmentRow::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows.get(1)).isInstanceOf(ShipmentRow.Invalid.class);
    assertThat(((ShipmentRow.Invalid) rows.get(1)).problem()).contains("quote opened");
    assertThat(judged(rows.get(2)).outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(judged(rows.get(3)).outcome()).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void woodInCubicMetres_isJudgedProhibited_notRefused() {
    List<ShipmentRow> rows = READER.read("s.csv", HEADER + "w,2018-03-01,KP,CN,4403,120,m3,,,,\n");

    Decision decision = judged(rows.get(0));

    assertThat(decision.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(decision.shipment().quantity())
        .contains(new Quantity(120, QuantityUnit.CUBIC_METRES));
    assertThat(decision.shipment().warnings()).isEmpty();
  }

  @Test
  void unitsOfUnEceRecommendation20_andUsualSpellings_areRead() {
    assertThat(QuantityUnit.spelling("TNE").orElseThrow().of(2))
        .isEqualTo(new Quantity(2, QuantityUnit.TONNES));
    assertThat(QuantityUnit.spelling("KGM").orElseThrow().of(5))
        .isEqualTo(new Quantity(5, QuantityUnit.KILOGRAMS));
    assertThat(QuantityUnit.spelling("MTQ").orElseThrow().unit())
        .isEqualTo(QuantityUnit.CUBIC_METRES);
    assertThat(QuantityUnit.spelling("cubic metres").orElseThrow().unit())
        .isEqualTo(QuantityUnit.CUBIC_METRES);
    assertThat(QuantityUnit.spelling("LTR").orElseThrow().unit()).isEqualTo(QuantityUnit.LITRES);
    assertThat(QuantityUnit.spelling("BLL").orElseThrow().unit()).isEqualTo(QuantityUnit.BARRELS);
    assertThat(QuantityUnit.spelling("NAR").orElseThrow().unit()).isEqualTo(QuantityUnit.PIECES);
    assertThat(QuantityUnit.spelling("PR").orElseThrow().unit()).isEqualTo(QuantityUnit.PAIRS);
    assertThat(QuantityUnit.spelling("MTK").orElseThrow().unit())
        .isEqualTo(QuantityUnit.SQUARE_METRES);
    assertThat(QuantityUnit.spelling("DZN").orElseThrow().of(3))
        .isEqualTo(new Quantity(36, QuantityUnit.PIECES));
    assertThat(QuantityUnit.spelling("Metric-Tons").orElseThrow().unit())
        .isEqualTo(QuantityUnit.TONNES);
    assertThat(QuantityUnit.spelling("pcs").orElseThrow().unit()).isEqualTo(QuantityUnit.PIECES);
    assertThat(QuantityUnit.spelling("bbl").orElseThrow().unit()).isEqualTo(QuantityUnit.BARRELS);
    assertThat(QuantityUnit.spelling("furlongs")).isEmpty();
  }

  @Test
  void cubicMetres_convertToBarrels() {
    // 100 m3 = 628.98 barrels of 158.987 litres.
    assertThat(new Quantity(100, QuantityUnit.CUBIC_METRES).barrels()).isCloseTo(628.98, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  @Test
  void unknownUnit_onCappedGoods_isReview_withTheQuantityNamed() {
    List<ShipmentRow> rows =
        READER.read("s.csv", HEADER + "p,2018-03-10,CN,KP,2710,1000,furlongs,,,,\n");

    Decision decision = judged(rows.get(0));

    assertThat(decision.outcome()).isEqualTo(Outcome.REVIEW);
    assertThat(decision.findings())
        .anySatisfy(f -> assertThat(f.explanation()).contains("1000 furlongs").contains("cap"));
    assertThat(decision.shipment().warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).contains("furlongs"));
  }

  @Test
  void unknownUnit_onBannedGoods_stillJudgesTheBan() {
    List<ShipmentRow> rows =
        READER.read("s.csv", HEADER + "c,2018-03-01,KP,CN,2601,1000,furlongs,,,,\n");

    assertThat(judged(rows.get(0)).outcome()).isEqualTo(Outcome.PROHIBITED);
  }

  @Test
  void malformedAuxiliaryFields_areIgnoredWithAWarningEach_andTheRowIsJudged() {
    List<ShipmentRow> rows =
        READER.read(
            "s.csv",
            HEADER + "x,2021-08-04,KP,CN,740311,abc,tonnes,12x,USD,2017-13-01,no-such-claim\n");

    Decision decision = judged(rows.get(0));

    assertThat(decision.outcome()).isEqualTo(Outcome.PROHIBITED);
    assertThat(decision.shipment().warnings())
        .hasSize(4)
        .anySatisfy(w -> assertThat(w).startsWith("column 'quantity' ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("column 'value' ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("column 'contract_date' ignored"))
        .anySatisfy(w -> assertThat(w).startsWith("column 'exemption' ignored"));
    assertThat(decision.shipment().exemptions()).isEmpty();
    assertThat(DecisionJson.decision(decision).get("warnings")).hasSize(4);
  }

  @Test
  void neededFields_stillRefuseTheRow() {
    List<ShipmentRow> rows =
        READER.read(
            "s.csv",
            HEADER
                + "d,2021-13-04,KP,CN,740311,,,,,,\n"
                + "f,2021-08-04,ZZ9,CN,740311,,,,,,\n"
                + "g,2021-08-04,KP,CN,,,,,,,\n");

    assertThat(rows).hasSize(3).allMatch(row -> row instanceof ShipmentRow.Invalid);
  }

  @Test
  void singleCheckFromFlags_staysStrict_soThatAPersonCanCorrectTheUnit() {
    var raw =
        new ShipmentFields.Raw(
            "",
            "2018-03-10",
            "CN",
            "KP",
            "",
            "2710",
            "",
            "10",
            "furlongs",
            "",
            "",
            "",
            List.of(),
            List.of());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ShipmentFields.shipment(
                    raw, ShipmentFields.Naming.FLAGS, SCREENER.regime().claims().keySet()))
        .hasMessageContaining("Unknown unit 'furlongs' for --unit");
  }

  @Test
  void headerIsReadCaseInsensitively() {
    List<ShipmentRow> rows =
        READER.read("s.csv", " ID , Date ,FROM,To,HS\nq,2021-08-04,KP,CN,740311\n");

    assertThat(judged(rows.get(0)).outcome()).isEqualTo(Outcome.PROHIBITED);
  }
}
