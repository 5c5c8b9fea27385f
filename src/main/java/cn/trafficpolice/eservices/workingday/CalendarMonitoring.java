package cn.trafficpolice.eservices.workingday;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * SH-4 for operators: from 1 November on, next year still without a notice shows — the gauge
 * {@code eservices.calendar.next.year.provisional} (1), the health detail of {@code workingDayCalendar}, and a WARN
 * line at start-up. A provisional year is not an outage: the health stays UP. The bean name gives the health
 * contributor {@code workingDayCalendar}.
 */
@Component("workingDayCalendarHealthIndicator")
class CalendarMonitoring implements HealthIndicator {

  static final String NEXT_YEAR_GAUGE = "eservices.calendar.next.year.provisional";
  private static final Logger log = LoggerFactory.getLogger(CalendarMonitoring.class);

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  CalendarMonitoring(WorkingDayCalendar calendar, Clock clock, MeterRegistry meters) {
    this.calendar = calendar;
    this.clock = clock;
    Gauge.builder(NEXT_YEAR_GAUGE, this, m -> m.nextYearProvisionalInNovember() ? 1 : 0)
        .description("1 from 1 November while next year's working-day notice is not loaded")
        .register(meters);
  }

  @Override
  public Health health() {
    int nextYear = LocalDate.now(clock).getYear() + 1;
    return Health.up()
        .withDetail("yearsPublished", calendar.publishedYears())
        .withDetail("nextYear", nextYear)
        .withDetail("nextYearProvisional", calendar.isProvisional(nextYear))
        .build();
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnAtStartUp() {
    if (nextYearProvisionalInNovember()) {
      int nextYear = LocalDate.now(clock).getYear() + 1;
      log.warn("The working-day notice of {} is not loaded: that year is provisional (statutory holidays only, no "
          + "adjusted working days). Load it with PUT /api/v1/operations/working-day-calendar/{}", nextYear, nextYear);
    }
  }

  boolean nextYearProvisionalInNovember() {
    LocalDate today = LocalDate.now(clock);
    return today.getMonthValue() >= Month.NOVEMBER.getValue() && calendar.isProvisional(today.getYear() + 1);
  }
}
