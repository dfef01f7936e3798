package org.sanctionsengine.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sanctionsengine.regime.Regime;

/**
 * Finds and reads scenarios for a regime: the built-in ones shipped as resources ({@code
 * scenarios/NAME.yaml}) and users' files (YAML, or JSON by the {@code .json} ending). Every
 * scenario is validated against the regime before it is returned.
 */
public final class Scenarios {
  /** The built-in scenarios, in the order {@code scenario list} shows them. */
  public static final List<String> BUILT_IN =
      List.of("dprk-2021-demand", "hanoi-2019-demand", "inter-korean-2019", "action-for-action");

  private final Regime regime;

  public Scenarios(Regime regime) {
    this.regime = regime;
  }

  /** Every built-in scenario, read and validated. */
  public List<Scenario> builtIn() {
    List<Scenario> all = new ArrayList<>();
    for (String name : BUILT_IN) {
      all.add(load(name));
    }
    return all;
  }

  /**
   * A built-in scenario by name, or a scenario file by path.
   *
   * @throws ScenarioException when it is neither, or the file has problems (all of them listed)
   */
  public Scenario load(String nameOrFile) {
    if (BUILT_IN.contains(nameOrFile)) {
      String resource = "/scenarios/" + nameOrFile + ".yaml";
      return new ScenarioReader(regime).read(resource, "built-in", resource(resource));
    }
    Path path = Path.of(nameOrFile);
    if (!Files.isRegularFile(path)) {
      throw new ScenarioException(
          "No scenario '"
              + nameOrFile
              + "': it is neither a built-in scenario ("
              + String.join(", ", BUILT_IN)
              + ") nor an existing file. Give a built-in name (see 'sanctions scenario list') or"
              + " the path of a scenario file (YAML or JSON, format in docs/scenarios.md).");
    }
    return read(path);
  }

  /** Reads and validates a scenario file. */
  public Scenario read(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return new ScenarioReader(regime).read(path.toString(), path.toString(), text);
    } catch (MalformedInputException e) {
      throw new ScenarioException(
          "Scenario file '"
              + path
              + "' is not UTF-8 text: expected a YAML or JSON scenario. Save it as UTF-8 and run"
              + " again.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads scenario text; {@code file} names it in messages and tells JSON by its ending. */
  public Scenario parse(String file, String text) {
    return new ScenarioReader(regime).read(file, file, text);
  }

  /**
   * The scenario with a violation given as {@code CONDITION=DATE} (the {@code --violation} flag).
   *
   * @throws ScenarioException when the text is malformed or names a condition that no phase uses
   */
  public static Scenario withViolation(Scenario scenario, String flag) {
    int equals = flag.indexOf('=');
    String condition = equals < 0 ? flag.strip() : flag.substring(0, equals).strip();
    String date = equals < 0 ? "" : flag.substring(equals + 1).strip();
    LocalDate on;
    try {
      on = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new ScenarioException(
          "Invalid --violation '"
              + flag
              + "': expected CONDITION=DATE with the date as YYYY-MM-DD, e.g. --violation"
              + " test-freeze=2022-03-24.");
    }
    ScenarioReader.problemOfViolation(scenario, condition)
        .ifPresent(
            problem -> {
              throw new ScenarioException(
                  "Invalid --violation '"
                      + flag
                      + "' for the scenario '"
                      + scenario.name()
                      + "': "
                      + problem
                      + ". Give one of the conditions its phases depend on.");
            });
    return scenario.withViolation(new Scenario.Violation(condition, on, "given with --violation"));
  }

  private static String resource(String name) {
    try (InputStream in = Scenarios.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("built-in scenario missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
