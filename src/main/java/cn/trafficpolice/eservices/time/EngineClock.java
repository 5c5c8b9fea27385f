package cn.trafficpolice.eservices.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application: it reads the engine's clock, so that moving the engine clock (tests, the demo
 * time shift) moves SMS expiry, working-day deadlines and blacklist ends along with the timers.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new EngineClock(newZone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
