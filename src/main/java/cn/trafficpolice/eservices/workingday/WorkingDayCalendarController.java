package cn.trafficpolice.eservices.workingday;

import cn.trafficpolice.eservices.workingday.CalendarNoticeService.Day;
import cn.trafficpolice.eservices.workingday.RunningWorkFollower.Moved;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SH-4 for operators (camunda-admin): a year's calendar as it stands, and loading the State Council notice of a
 * year. Once stored, running timers and due dates that counted through the year follow it.
 */
@RestController
@RequestMapping("/api/v1/operations/working-day-calendar/{year}")
class WorkingDayCalendarController {

  private final CalendarNoticeService service;
  private final CalendarNotices notices;
  private final WorkingDayCalendar calendar;
  private final ChineseHolidays holidays;
  private final RunningWorkFollower follower;

  WorkingDayCalendarController(CalendarNoticeService service, CalendarNotices notices, WorkingDayCalendar calendar,
      ChineseHolidays holidays, RunningWorkFollower follower) {
    this.service = service;
    this.notices = notices;
    this.calendar = calendar;
    this.holidays = holidays;
    this.follower = follower;
  }

  record NoticeRequest(@NotNull List<@NotNull Day> daysOff, @NotNull List<@NotNull Day> workingDays) {
  }

  record LoadResult(int year, long revision, int timersMoved, int tasksMoved) {
  }

  record YearView(int year, boolean provisional, String loadedBy, OffsetDateTime loadedAt, List<Day> daysOff,
      List<Day> workingDays) {
  }

  @PutMapping
  LoadResult load(@PathVariable int year, @Valid @RequestBody NoticeRequest notice, Authentication operator) {
    long revision = service.load(year, notice.daysOff(), notice.workingDays(), operator.getName());
    Moved moved = follower.follow(year);
    return new LoadResult(year, revision, moved.timers(), moved.tasks());
  }

  @GetMapping
  YearView year(@PathVariable int year) {
    service.checkYear(year);
    if (calendar.isProvisional(year)) {
      List<Day> statutory = holidays.statutoryDaysOff(year).entrySet().stream()
          .map(e -> new Day(e.getKey(), e.getValue())).toList();
      return new YearView(year, true, null, null, statutory, List.of());
    }
    List<CalendarNotices.NoticeDay> days = notices.daysOf(year);
    CalendarNotices.Notice notice = notices.notice(year).orElseThrow();
    return new YearView(year, false, notice.loadedBy(), notice.loadedAt(), only(days, false), only(days, true));
  }

  private static List<Day> only(List<CalendarNotices.NoticeDay> days, boolean working) {
    return days.stream().filter(d -> d.working() == working).map(d -> new Day(d.date(), d.note())).toList();
  }
}
