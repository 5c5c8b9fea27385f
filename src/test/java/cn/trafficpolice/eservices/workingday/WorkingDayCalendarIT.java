package cn.trafficpolice.eservices.workingday;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** SH-4: the 2026 calendar as the database holds it, and the expressions BPMN timers use. */
@RestIntegrationTest
class WorkingDayCalendarIT {

  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  WorkingDayExpressions workingDays;

  @ParameterizedTest(name = "{0} working={1}")
  @CsvSource({
      "2026-01-01, false", "2026-01-02, false", "2026-01-03, false", "2026-01-04, true",
      "2026-02-13, true", "2026-02-14, true", "2026-02-15, false", "2026-02-23, false", "2026-02-24, true",
      "2026-02-28, true", "2026-04-06, false", "2026-04-07, true", "2026-05-05, false", "2026-05-09, true",
      "2026-06-19, false", "2026-09-20, true", "2026-09-25, false", "2026-10-01, false", "2026-10-07, false",
      "2026-10-08, true", "2026-10-10, true", "2026-10-11, false",
      "2026-11-20, true", "2026-11-21, false", "2026-11-22, false", "2026-11-23, true"})
  void holidaysAndAdjustedWorkingDaysOf2026(LocalDate day, boolean working) { // SH-4
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @ParameterizedTest(name = "after {0} comes {1}")
  @CsvSource({
      "2026-11-20, 2026-11-23", // Friday → Monday
      "2026-09-30, 2026-10-08", // National Day week
      "2026-10-09, 2026-10-10", // Friday → adjusted working Saturday
      "2026-02-13, 2026-02-14", // Friday → adjusted working Saturday before Spring Festival
      "2026-02-14, 2026-02-24", // Spring Festival
      "2026-12-31, 2027-01-04"}) // provisional 2027: New Year's Day is statutory, then the weekend
  void nextWorkingDayDoesNotCountTheDayItself(LocalDate day, LocalDate next) { // SH-4, LL-6
    assertThat(calendar.nextWorkingDay(day)).isEqualTo(next);
  }

  @Test
  void fifteenWorkingDaysAcrossNationalDay() { // SH-4, PP-7
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 24), 15)).isEqualTo(LocalDate.of(2026, 10, 22));
  }

  @Test
  void timerExpressionsGiveOpeningAndClosingTimesInChina() { // SH-4
    Date friday = at(LocalDateTime.of(2026, 11, 20, 16, 30));
    assertThat(china(workingDays.nextWorkingDayOpening(friday))).isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    assertThat(china(workingDays.closingAfterWorkingDays(friday, 1))).isEqualTo(LocalDateTime.of(2026, 11, 23, 17, 30));
  }

  @Test
  void lateEveningUtcIsAlreadyTheNextDayInChina() { // SH-4: days are China's days, whatever the server's zone
    Date lateFridayInChina = at(LocalDateTime.of(2026, 11, 20, 23, 30)); // 15:30 UTC
    assertThat(china(workingDays.nextWorkingDayOpening(lateFridayInChina)))
        .isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
    Date earlySaturdayInChina = at(LocalDateTime.of(2026, 11, 21, 0, 30)); // Friday 16:30 UTC
    assertThat(china(workingDays.nextWorkingDayOpening(earlySaturdayInChina)))
        .isEqualTo(LocalDateTime.of(2026, 11, 23, 9, 0));
  }

  private static Date at(LocalDateTime chinaTime) {
    return Date.from(chinaTime.atZone(EngineTime.CHINA).toInstant());
  }

  private static LocalDateTime china(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), EngineTime.CHINA).toLocalDateTime();
  }
}
