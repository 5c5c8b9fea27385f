package cn.trafficpolice.eservices.workingday;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * SH-4: the statutory days off of the holiday law in force since 2025-01-01 for any year — the floor every notice
 * must keep, and the whole holiday list of a provisional year. Lunar dates: ICU4J's Chinese calendar numbers the
 * months (leap months included), the day each month starts is the true new moon in China ({@link ChinaAstronomy}).
 */
@Component
public class ChineseHolidays {

  private static final long JULIAN_DAY_OF_EPOCH = 2440588L;

  private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

  /** The statutory days off of {@code year} with their holiday's name, in date order. */
  public Map<LocalDate, String> statutoryDaysOff(int year) {
    return byYear.computeIfAbsent(year, ChineseHolidays::compute);
  }

  private static Map<LocalDate, String> compute(int year) {
    Map<LocalDate, String> days = new TreeMap<>();
    add(days, LocalDate.of(year, 1, 1), "元旦");
    LocalDate newYear = lunar(year, 1, 1);
    add(days, newYear.minusDays(1), "春节");
    for (int i = 0; i < 3; i++) {
      add(days, newYear.plusDays(i), "春节");
    }
    add(days, ChinaAstronomy.solarTermDay(15, LocalDate.of(year, 3, 28), LocalDate.of(year, 4, 12)), "清明节");
    add(days, LocalDate.of(year, 5, 1), "劳动节");
    add(days, LocalDate.of(year, 5, 2), "劳动节");
    add(days, lunar(year, 5, 5), "端午节");
    add(days, lunar(year, 8, 15), "中秋节");
    for (int day = 1; day <= 3; day++) {
      add(days, LocalDate.of(year, 10, day), "国庆节");
    }
    return Collections.unmodifiableMap(days);
  }

  /** Mid-Autumn can fall in the National Day days (2020, 2025): one day off with both names. */
  private static void add(Map<LocalDate, String> days, LocalDate day, String name) {
    days.merge(day, name, (a, b) -> a.equals(b) ? a : a + "、" + b);
  }

  /** Day {@code day} of the (non-leap) lunar month {@code month} of the lunar year that begins in {@code year}. */
  static LocalDate lunar(int year, int month, int day) {
    ChineseCalendar calendar = new ChineseCalendar();
    calendar.clear();
    // the lunar new year always falls between 21 January and 20 February: on 1 March the year has begun
    calendar.set(Calendar.JULIAN_DAY, julianDay(LocalDate.of(year, 3, 1)));
    int lunarYear = calendar.get(Calendar.EXTENDED_YEAR);
    calendar.clear();
    calendar.set(Calendar.EXTENDED_YEAR, lunarYear);
    calendar.set(Calendar.MONTH, month - 1);
    calendar.set(ChineseCalendar.IS_LEAP_MONTH, 0);
    calendar.set(Calendar.DAY_OF_MONTH, 1);
    LocalDate icuMonthStart = LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    return ChinaAstronomy.newMoonNear(icuMonthStart).plusDays(day - 1L);
  }

  private static int julianDay(LocalDate date) {
    return Math.toIntExact(date.toEpochDay() + JULIAN_DAY_OF_EPOCH);
  }
}
