package org.sanctionsengine.regime;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Deliveries under written contracts concluded before {@code contractsBefore} may still be made
 * until {@code deliverUntil} (inclusive), with notice to the Committee by {@code notifyBy} ({@link
 * LocalDate#MAX} when the text sets no date; see {@link #notificationDeadline()}).
 */
public record WindDown(
    LocalDate contractsBefore, LocalDate deliverUntil, LocalDate notifyBy, Status status) {

  public boolean covers(LocalDate delivery) {
    return !delivery.isAfter(deliverUntil);
  }

  public Optional<LocalDate> notificationDeadline() {
    return notifyBy.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(notifyBy);
  }
}
