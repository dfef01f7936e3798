package org.sanctionsengine.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Bad scenario files: each problem names the file, the line and the field, and what to do. */
class ScenarioReaderTest {
  private static String problem(String yaml) {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> Fixtures.scenario(yaml));
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void read_unknownMeasureId_namesLineFieldAndClosestId() {
    String yaml =
        Fixtures.file(
            """
            operations:
              - lift: un-2397-op5-refined-cap
                from: 2021-08-03
            """);

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 7, field 'operations[0].lift': unknown measure id"
                + " 'un-2397-op5-refined-cap'; expected the id of a measure of the DPRK regime"
                + " (did you mean 'un-2397-op5-refined-petroleum-cap'?). Ids are listed in the"
                + " regime's data files (docs/regime-data.md)");
  }

  @Test
  void read_liftAndRaiseCapOverlapping_isAContradiction() {
    String yaml =
        Fixtures.file(
            """
            operations:
              - lift: un-2397-op5-refined-petroleum-cap
                from: 2021-08-03
              - raise-cap: un-2397-op5-refined-petroleum-cap
                limits: [{amount: 1000000, unit: barrels}]
                from: 2022-01-01
                until: 2022-12-31
            """);

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 9, field 'operations[1].raise-cap':"
                + " 'un-2397-op5-refined-petroleum-cap' from 2022-01-01 to 2022-12-31: 'lift' at"
                + " line 7 and this 'raise-cap' contradict each other: a measure taken away cannot"
                + " also be changed; give the first an 'until' before the second takes effect, or"
                + " remove one");
  }

  @Test
  void read_twoCapValuesForOnePeriod_isAContradiction() {
    String yaml =
        Fixtures.file(
            """
            phases:
              - name: one
                starts-on: 2021-01-01
                operations:
                  - raise-cap: un-2397-op5-refined-petroleum-cap
                    limits: [{amount: 1000000, unit: barrels}]
              - name: two
                starts-on: 2022-01-01
                operations:
                  - raise-cap: un-2397-op5-refined-petroleum-cap
                    limits: [{amount: 2000000, unit: barrels}]
            """);

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 15, field 'phases[1].operations[0].raise-cap':"
                + " 'un-2397-op5-refined-petroleum-cap' from 2022-01-01 on: 'raise-cap' at line 10"
                + " (phase 'one') and this 'raise-cap' set two different caps (1000000 and 2000000"
                + " barrels) for the same days; give the first an 'until' before the second takes"
                + " effect, or remove one");
  }

  @Test
  void read_phaseConditionNeverDefined_namesThePhaseAndTheDefinedOnes() {
    String yaml =
        Fixtures.file(
            """
            conditions:
              - {id: test-freeze, description: Verified test freeze}
            phases:
              - name: one
                starts-on: 2021-01-01
                conditions: [test-freeze, yongbyon]
                operations:
                  - lift: un-2375-op16-textiles
            """);

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 9, field 'phases[0].conditions': the phase 'one' depends on the"
                + " condition 'yongbyon', which is never defined; define it under 'conditions' (id"
                + " and description) or fix the name (defined: test-freeze)");
  }

  @Test
  void read_dateOutsideMeasureLife_namesTheLife() {
    String yaml =
        Fixtures.file(
            """
            operations:
              - lift: un-2375-op14-refined-petroleum-cap
                from: 2021-08-03
            """);

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 7, field 'operations[0].lift': the operation takes effect on"
                + " 2021-08-03, outside the life of 'un-2375-op14-refined-petroleum-cap' (in force"
                + " from 2017-09-11 to 2017-12-31); give a 'from' date within it, or pick the"
                + " measure in force then");
  }

  @Test
  void read_phasesOutOfOrder_asksToListThemInOrder() {
    String yaml =
        Fixtures.file(
            """
            phases:
              - name: late
                starts-on: 2022-01-01
                operations: [{lift: un-2375-op16-textiles}]
              - name: early
                starts-on: 2021-01-01
                operations: [{lift: un-2371-op9-seafood}]
            """);

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 10, field 'phases[1].starts-on': the phase 'early' starts on"
                + " 2021-01-01, before the phase 'late' listed above it (2022-01-01); list phases"
                + " in the order they start");
  }

  @Test
  void read_unknownField_listsTheFieldsOfItsKind() {
    String yaml =
        Fixtures.file(
            """
            operations:
              - lift: un-2375-op16-textiles
                form: 2021-08-03
            """);

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> Fixtures.scenario(yaml));

    assertThat(e.problems())
        .containsExactly(
            "test.yaml, line 8, field 'operations[0].form': unknown field; expected one of from,"
                + " lift, note, until. Check its spelling",
            "test.yaml, line 7, field 'operations[0].from': missing; this field is required");
  }

  @Test
  void read_brokenYaml_namesTheLine() {
    String yaml = Fixtures.file("operations:\n  - lift: [un-2375-op16-textiles\n");

    assertThat(problem(yaml))
        .isEqualTo(
            "test.yaml, line 7: not valid YAML (while parsing a flow sequence); check"
                + " indentation, quoting and brackets");
  }

  @Test
  void read_anyProblem_wholeMessageSaysNothingWasApplied() {
    String yaml = Fixtures.file("operations:\n  - lift: nope\n    from: 2021-08-03\n");

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> Fixtures.scenario(yaml));

    assertThat(e.getMessage())
        .isEqualTo(
            "Scenario file 'test.yaml' has 1 problem; nothing of it was applied:\n  - "
                + e.problems().get(0)
                + "\nFix the file (format: docs/scenarios.md) and run again.");
  }

  @Test
  void read_jsonFile_readsTheSameModelAndNamesJsonLines() {
    String json =
        """
        {"scenario": "j", "title": "J", "description": "D",
         "sources": [{"key": "T", "url": "https://example.org", "published-on": "2021-08-03"}],
         "operations": [{"lift": "un-2375-op16-textiles", "from": "2021-08-03"},
                        {"lift": "un-2371-op9-seafoodd", "from": "2021-08-03"}]}
        """;

    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> Fixtures.SCENARIOS.parse("test.json", json));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0))
        .startsWith(
            "test.json, line 4, field 'operations[1].lift': unknown measure id"
                + " 'un-2371-op9-seafoodd'");
  }

  @Test
  void withViolation_undefinedCondition_namesTheFlagAndTheConditions() {
    Scenario scenario = Fixtures.SCENARIOS.load("action-for-action");

    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> Scenarios.withViolation(scenario, "freeze=2022-03-24"));

    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid --violation 'freeze=2022-03-24' for the scenario 'action-for-action': the"
                + " condition 'freeze' is not defined in this scenario (defined: test-freeze,"
                + " yongbyon-dismantled). Give one of the conditions its phases depend on.");
  }

  @Test
  void load_unknownName_listsTheBuiltInScenarios() {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> Fixtures.SCENARIOS.load("hanoi"));

    assertThat(e.getMessage())
        .isEqualTo(
            "No scenario 'hanoi': it is neither a built-in scenario (dprk-2021-demand,"
                + " hanoi-2019-demand, inter-korean-2019, action-for-action) nor an existing file."
                + " Give a built-in name (see 'sanctions scenario list') or the path of a scenario"
                + " file (YAML or JSON, format in docs/scenarios.md).");
  }
}
