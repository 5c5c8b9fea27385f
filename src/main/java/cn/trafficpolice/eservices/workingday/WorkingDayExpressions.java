package cn.trafficpolice.eservices.workingday;

import cn.trafficpolice.eservices.security.ExposedToDiagrams;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar for BPMN expressions, answering {@link Date}s as timers and due dates expect, e.g.
 * {@code <timeDate>${workingDays.nextWorkingDayOpening(submittedAt)}</timeDate>} or
 * {@code camunda:dueDate="${workingDays.closingAfterWorkingDays(1)}"}.
 */
@Component("workingDays")
@ExposedToDiagrams
public class WorkingDayExpressions {

  /** "Now" of an expression re-evaluated for a new notice: the moment the timer or task was created. */
  private static final ThreadLocal<Instant> AS_OF = new ThreadLocal<>();

  private final WorkingDayCalendar calendar;
  private final WorkingHours hours;
  private final Clock clock;

  public WorkingDayExpressions(WorkingDayCalendar calendar, WorkingHours hours, Clock clock) {
    this.calendar = calendar;
    this.hours = hours;
    this.clock = clock;
  }

  /** Opening time of the first working day after the day of {@code from} (that day not counted). */
  public Date nextWorkingDayOpening(Date from) {
    LocalDate day = calendar.nextWorkingDay(localDate(from));
    return Date.from(day.atTime(hours.opens()).atZone(clock.getZone()).toInstant());
  }

  /** Closing time of the {@code n}-th working day after today: "within n working days". */
  public Date closingAfterWorkingDays(int n) {
    return closingAfterWorkingDays(Date.from(now()), n);
  }

  /** Closing time of the {@code n}-th working day after the day of {@code from}. */
  public Date closingAfterWorkingDays(Date from, int n) {
    LocalDate day = calendar.plusWorkingDays(localDate(from), n);
    return Date.from(day.atTime(hours.closes()).atZone(clock.getZone()).toInstant());
  }

  /** Whether a diagram's expression asks this bean, so a new notice may move what it gave. */
  static boolean uses(String expression) {
    return expression.contains("workingDays.");
  }

  /** Evaluates with "today" taken from {@code moment} instead of the clock, on this thread. */
  <T> T asOf(Date moment, Supplier<T> evaluation) {
    AS_OF.set(moment.toInstant());
    try {
      return evaluation.get();
    } finally {
      AS_OF.remove();
    }
  }

  private Instant now() {
    Instant asOf = AS_OF.get();
    return asOf != null ? asOf : clock.instant();
  }

  private LocalDate localDate(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), clock.getZone()).toLocalDate();
  }
}
