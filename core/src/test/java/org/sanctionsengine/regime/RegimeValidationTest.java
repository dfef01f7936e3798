package org.sanctionsengine.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegimeValidationTest {

  private static Path bad() throws URISyntaxException {
    return Path.of(RegimeValidationTest.class.getResource("bad/index.yaml").toURI()).getParent();
  }

  @Test
  void load_fileWithManyMistakes_reportsEveryProblemWithFileMeasureAndLine() throws Exception {
    RegimeDataException e =
        catchThrowableOfType(
            RegimeDataException.class,
            () -> new RegimeLoader().load("bad", RegimeFiles.directory(bad())));

    assertThat(e.problems())
        .containsExactly(
            "un-9999.yaml, line 10, measure 'bad-hs': 'goods.include' has a bad HS code: Unknown"
                + " HS code '7701': chapter 77 does not exist (chapter 77 is reserved for future use"
                + " and holds no goods). Check the code against the HS 2022 nomenclature, or"
                + " describe the goods with --description.",
            "un-9999.yaml, line 10, measure 'bad-hs': 'goods.include' has a bad HS code: Malformed"
                + " HS code '123': expected 2, 4, 6, 8 or 10 digits, optionally with dots (e.g. '27',"
                + " '2710', '7403.11' or '740311'), found 3 digits. Check the code, or describe the"
                + " goods with --description instead.",
            "un-9999.yaml, line 19, measure 'bad-range': 'goods.include' has a bad HS code: range"
                + " '83-72' is inverted: its first code is after its last; write '72-83'",
            "un-9999.yaml, line 28, measure 'bad-dates': ends-on 2099-01-01 is before"
                + " effective-from 2099-02-01",
            "un-9999.yaml, line 39, measure 'bad-wind-down': wind-down.deliver-until 2099-04-01"
                + " lies outside the days the measure is in force (2099-01-01 to 2099-03-01)",
            "un-9999.yaml, line 50, measure 'no-citation': 'provision' is missing; every entry"
                + " needs one (e.g. 'OP5')",
            "un-9999.yaml, line 50, measure 'no-citation': 'sources' is missing; every measure"
                + " cites at least one key of sources.yaml (e.g. [USUN-2397])",
            "un-9999.yaml, line 10, measure 'bad-hs': duplicate measure id; it is already used in"
                + " un-9999.yaml",
            "un-9999.yaml, line 10, measure 'bad-hs': unknown source key 'NOWHERE'; add it to"
                + " sources.yaml with its URL or use a key listed there",
            "un-9999.yaml, line 10, measure 'bad-hs': unknown exemption claim code"
                + " 'lunar-transit'; declare it in claims.yaml or use one of: livelihood",
            "missing.yaml: file not found in " + bad() + "; add it or remove it from index.yaml");
    assertThat(e.getMessage())
        .startsWith(
            "The regime data '"
                + bad()
                + "' has 11 problems; nothing was loaded. Fix the data files (format:"
                + " docs/regime-data.md) and run again:\n  - un-9999.yaml, line 10");
  }

  @Test
  void load_withinCapOnAMeasureWithoutCap_isRefusedNamingTheMeasure() {
    RegimeFiles files =
        inMemory(
            "    kind: goods-ban\n    title: t\n    direction: both\n    goods: {include: ['0301']}\n"
                + "    status: confirmed\n    sources: [K]\n    exemptions:\n      - claim: c\n"
                + "        yields: within-cap\n        conditions: only within the cap\n");

    RegimeDataException e =
        catchThrowableOfType(RegimeDataException.class, () -> new RegimeLoader().load("t", files));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("un-1.yaml, line 3, measure 'm': exemption 'c' yields within-cap, but the")
        .contains("has no cap");
  }

  /** A one-instrument regime whose single measure 'm' continues with {@code measureRest}. */
  private static RegimeFiles inMemory(String measureRest) {
    Map<String, String> files =
        Map.of(
            "index.yaml",
            "regime: t\ntarget: KP\ninstruments: [un-1.yaml]\n",
            "sources.yaml",
            "K: 'u'\n",
            "claims.yaml",
            "c: 'd'\n",
            "un-1.yaml",
            "instrument: {id: un-1, authority: UN, citation: c, title: t, kind: resolution,"
                + " adopted-on: 2000-01-01, binding: true}\nmeasures:\n  - id: m\n    provision: OP1\n"
                + measureRest);
    return new RegimeFiles() {
      @Override
      public String location() {
        return "memory";
      }

      @Override
      public Optional<String> read(String file) {
        return Optional.ofNullable(files.get(file));
      }
    };
  }

  @Test
  void load_unquotedHsCode_isRefusedWithItsLine() {
    Map<String, String> files =
        Map.of(
            "index.yaml",
            "regime: t\ntarget: KP\ninstruments: [un-1.yaml]\n",
            "sources.yaml",
            "K: 'u'\n",
            "claims.yaml",
            "c: 'd'\n",
            "un-1.yaml",
            "instrument: {id: un-1, authority: UN, citation: c, title: t, kind: resolution,"
                + " adopted-on: 2000-01-01, binding: true}\nmeasures:\n  - id: m\n    provision: OP1\n"
                + "    kind: goods-ban\n    title: t\n    direction: both\n    goods: {include: [0301]}\n"
                + "    status: confirmed\n    sources: [K]\n");
    RegimeFiles inMemory =
        new RegimeFiles() {
          @Override
          public String location() {
            return "memory";
          }

          @Override
          public Optional<String> read(String file) {
            return Optional.ofNullable(files.get(file));
          }
        };

    RegimeDataException e =
        catchThrowableOfType(
            RegimeDataException.class, () -> new RegimeLoader().load("t", inMemory));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .startsWith("un-1.yaml: line 8, column 23: a value has the wrong type")
        .endsWith(
            "HS codes and other codes must be quoted strings ('0301', not 0301); lists are"
                + " written [a, b] or as '- ' items");
  }
}
