package cn.trafficpolice.eservices.workingday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * SH-4 working days: the holiday table ({@code calendar_day}, one Flyway migration per year's notice) overrides
 * Monday to Friday, both ways — public holidays off, adjusted working days (调休) on. The table is read once per
 * node; a new year's migration takes effect with the deployment that brings it.
 */
@Service
public class WorkingDayCalendar {

  /** Guards against a runaway search when a table would mark everything off. */
  private static final int MAX_DAYS_SEARCHED = 366;

  private final JdbcClient jdbc;
  private volatile Map<LocalDate, Boolean> overrides;

  WorkingDayCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean isWorkingDay(LocalDate date) {
    Boolean override = overrides().get(date);
    if (override != null) {
      return override;
    }
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
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
    LocalDate day = date;
    for (int found = 0, searched = 0; found < n; searched++) {
      if (searched > MAX_DAYS_SEARCHED * Math.max(1, n)) {
        throw new IllegalStateException("no working day found after " + date);
      }
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        found++;
      }
    }
    return day;
  }

  private Map<LocalDate, Boolean> overrides() {
    Map<LocalDate, Boolean> table = overrides;
    if (table == null) {
      Map<LocalDate, Boolean> loaded = new ConcurrentHashMap<>();
      jdbc.sql("SELECT calendar_date, working FROM calendar_day")
          .query((rs, i) -> loaded.put(rs.getObject("calendar_date", LocalDate.class), rs.getBoolean("working")))
          .list();
      overrides = table = loaded;
    }
    return table;
  }
}
