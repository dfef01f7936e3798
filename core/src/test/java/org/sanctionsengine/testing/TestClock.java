package org.sanctionsengine.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until a test advances it (like Caffeine's fake ticker). UTC only;
 * thread-safe, because storage tests read it from the audit writer's thread.
 */
public final class TestClock extends Clock {
  private Instant now;

  public TestClock(Instant start) {
    this.now = start;
  }

  /** A clock at 2026-03-01T10:00:00Z. */
  public static TestClock standard() {
    return new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
  }

  /** Moves the clock forward. */
  public synchronized TestClock advance(Duration by) {
    now = now.plus(by);
    return this;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock is always UTC");
  }
}
