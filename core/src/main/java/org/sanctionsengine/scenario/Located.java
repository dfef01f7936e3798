package org.sanctionsengine.scenario;

import java.time.LocalDate;

/**
 * A change as read from a file, with where it was written, for the checks that need the regime.
 *
 * @param phase the phase's name, empty for an unconditional operation
 * @param phaseStart the phase's first day, {@link LocalDate#MIN} for an unconditional operation
 */
record Located(ScenarioChange change, int line, String path, String phase, LocalDate phaseStart) {
  String where() {
    return "'"
        + change.kindCode()
        + "' at line "
        + line
        + (phase.isEmpty() ? "" : " (phase '" + phase + "')");
  }
}
