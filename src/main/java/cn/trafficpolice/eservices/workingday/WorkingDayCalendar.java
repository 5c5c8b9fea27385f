package cn.trafficpolice.eservices.workingday;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * SH-4 working days. A year with a published notice ({@code calendar_notice}) follows its days ({@code
 * calendar_day}) over Monday to Friday, both ways — holidays off, adjusted working days (调休) on. A year without one
 * is provisional: the statutory days are off, otherwise Monday to Friday; every computation reaching into it is
 * logged and counted. The database is the truth for the whole cluster: each computation reads the notices'
 * revision (one indexed max) and rereads the days when another node has loaded a notice.
 */
@Service
public class WorkingDayCalendar {

  /** Guards against a runaway search when a table would mark everything off. */
  private static final int MAX_DAYS_SEARCHED = 366;
  static final String PROVISIONAL_COUNTER = "eservices.calendar.provisional.computations";

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final CalendarNotices notices;
  private final ChineseHolidays holidays;
  private final MeterRegistry meters;
  private volatile Snapshot snapshot = new Snapshot(-1, Map.of(), Set.of());

  WorkingDayCalendar(CalendarNotices notices, ChineseHolidays holidays, MeterRegistry meters) {
    this.notices = notices;
    this.holidays = holidays;
    this.meters = meters;
  }

  public boolean isWorkingDay(LocalDate date) {
    return current().isWorkingDay(date, holidays);
  }

  /** Whether {@code year} has no published notice yet. */
  public boolean isProvisional(int year) {
    return !current().published().contains(year);
  }

  /** The years whose notice is published, in order. */
  public Set<Integer> publishedYears() {
    return new TreeSet<>(current().published());
  }

  /** The first working day after {@code date}, not counting {@code date} itself. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return plusWorkingDays(date, 1);
  }

  /** The {@code n}-th working day after {@code date}, not counting {@code date} itself; n = 0 gives the date. */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("working days must not be negative");
    }
    Snapshot calendar = current();
    LocalDate day = date;
    for (int found = 0, searched = 0; found < n; searched++) {
      if (searched > MAX_DAYS_SEARCHED * Math.max(1, n)) {
        throw new IllegalStateException("no working day found after " + date);
      }
      day = day.plusDays(1);
      if (calendar.isWorkingDay(day, holidays)) {
        found++;
      }
    }
    for (int year = date.plusDays(1).getYear(); n > 0 && year <= day.getYear(); year++) {
      if (!calendar.published().contains(year)) {
        markProvisional(year, date, n, day);
      }
    }
    return day;
  }

  private void markProvisional(int year, LocalDate from, int n, LocalDate result) {
    log.warn("Working days over provisional year {} (no published notice): {} working days after {} = {}", year, n,
        from, result);
    meters.counter(PROVISIONAL_COUNTER, "year", String.valueOf(year)).increment();
  }

  private Snapshot current() {
    Snapshot cached = snapshot;
    long revision = notices.revision();
    if (cached.revision() == revision) {
      return cached;
    }
    Snapshot loaded = new Snapshot(revision, notices.publishedDays(), notices.publishedYears());
    snapshot = loaded;
    return loaded;
  }

  private record Snapshot(long revision, Map<LocalDate, Boolean> days, Set<Integer> published) {

    Snapshot {
      days = Map.copyOf(new HashMap<>(days));
      published = Set.copyOf(published);
    }

    boolean isWorkingDay(LocalDate date, ChineseHolidays holidays) {
      if (published.contains(date.getYear())) {
        Boolean listed = days.get(date);
        if (listed != null) {
          return listed;
        }
      } else if (holidays.statutoryDaysOff(date.getYear()).containsKey(date)) {
        return false;
      }
      return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
  }
}
