package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A quantity cap: its schedules of periods and limits, the conversions from tonnes to barrels, and
 * whether it is one aggregate for all states (the UN caps) or a limit per supplying state whose
 * size the engine cannot know (2375 OP15's crude freeze).
 */
public record Cap(List<CapSchedule> schedules, List<Conversion> conversions, boolean perState) {
  public Cap {
    schedules = List.copyOf(schedules);
    conversions = List.copyOf(conversions);
  }

  /** The period in which {@code asOf} falls, empty between or outside the cap's periods. */
  public Optional<CapWindow> windowOn(LocalDate asOf) {
    for (CapSchedule schedule : schedules) {
      Optional<CapWindow> window = schedule.windowOn(asOf);
      if (window.isPresent()) {
        return window;
      }
    }
    return Optional.empty();
  }
}
