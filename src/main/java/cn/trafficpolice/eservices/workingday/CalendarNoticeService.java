package cn.trafficpolice.eservices.workingday;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.workingday.CalendarNotices.NoticeDay;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SH-4: loading a year's State Council notice — checked against the holiday law, then stored in one transaction,
 * replacing what that year had.
 */
@Service
public class CalendarNoticeService {

  /** The holiday law checked against came into force on 2025-01-01. */
  private static final int FIRST_YEAR = 2025;
  private static final int MAX_NOTE_LENGTH = 40;
  private static final Logger log = LoggerFactory.getLogger(CalendarNoticeService.class);

  private final CalendarNotices notices;
  private final ChineseHolidays holidays;
  private final Clock clock;

  CalendarNoticeService(CalendarNotices notices, ChineseHolidays holidays, Clock clock) {
    this.notices = notices;
    this.holidays = holidays;
    this.clock = clock;
  }

  /** A day of a notice as loaded or shown. */
  public record Day(LocalDate date, String note) {
  }

  /** Years of the holiday law in force up to next year: a year further off is a typing error. */
  public void checkYear(int year) {
    int thisYear = LocalDate.now(clock).getYear();
    if (year < FIRST_YEAR || year > thisYear + 1) {
      throw BusinessException.invalid(NoticeErrors.YEAR_NOT_ACCEPTED,
          "只能查询或载入%d年至%d年的节假日安排，不能处理%d年".formatted(FIRST_YEAR, thisYear + 1, year));
    }
  }

  @Transactional
  public long load(int year, List<Day> daysOff, List<Day> workingDays, String operator) {
    checkYear(year);
    List<NoticeDay> days = new ArrayList<>();
    Set<LocalDate> off = new HashSet<>();
    Set<LocalDate> working = new HashSet<>();
    for (Day day : daysOff) {
      days.add(checked(year, day, false, off, working));
    }
    Map<LocalDate, String> statutory = holidays.statutoryDaysOff(year);
    for (Day day : workingDays) {
      days.add(checked(year, day, true, working, off));
      if (statutory.containsKey(day.date())) {
        throw statutoryNotOff(day.date(), statutory.get(day.date()));
      }
      DayOfWeek weekday = day.date().getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
        throw BusinessException.invalid(NoticeErrors.WORKING_DAY_NOT_WEEKEND, "%s是%s，调休上班日只能是周六或周日"
            .formatted(day.date(), weekday.getDisplayName(TextStyle.FULL, Locale.CHINA)));
      }
    }
    statutory.forEach((date, name) -> {
      if (!off.contains(date)) {
        throw statutoryNotOff(date, name);
      }
    });
    try {
      long revision = notices.replace(year, days, operator, OffsetDateTime.now(clock));
      log.info("Working-day notice of {} loaded by {}: {} days off, {} adjusted working days (revision {})", year,
          operator, daysOff.size(), workingDays.size(), revision);
      return revision;
    } catch (DuplicateKeyException anotherLoadAtTheSameTime) {
      throw BusinessException.conflict(NoticeErrors.CONCURRENT_LOAD, "另一份节假日安排正在载入，请稍后重试");
    }
  }

  /** Checks one day and adds it to its list's dates; {@code other} holds the other list's dates. */
  private static NoticeDay checked(int year, Day day, boolean working, Set<LocalDate> list, Set<LocalDate> other) {
    if (day.date() == null) {
      throw BusinessException.invalid(ErrorCodes.VALIDATION_FAILED, "节假日安排中有缺少日期的条目");
    }
    if (day.date().getYear() != year) {
      throw BusinessException.invalid(NoticeErrors.DATE_OUTSIDE_YEAR, "%s不在%d年内".formatted(day.date(), year));
    }
    if (other.contains(day.date())) {
      throw BusinessException.invalid(NoticeErrors.OFF_AND_WORKING, "%s不能既放假又上班".formatted(day.date()));
    }
    if (!list.add(day.date())) {
      throw BusinessException.invalid(NoticeErrors.DUPLICATE_DATE, "%s重复列出".formatted(day.date()));
    }
    if (day.note() != null && day.note().length() > MAX_NOTE_LENGTH) {
      throw BusinessException.invalid(NoticeErrors.NOTE_INVALID,
          "%s的说明不能超过%d个字".formatted(day.date(), MAX_NOTE_LENGTH));
    }
    return new NoticeDay(day.date(), working, day.note());
  }

  private static BusinessException statutoryNotOff(LocalDate date, String name) {
    return BusinessException.invalid(NoticeErrors.STATUTORY_DAY_NOT_OFF,
        "%s是法定节假日（%s），必须列为放假日".formatted(date, name));
  }
}
