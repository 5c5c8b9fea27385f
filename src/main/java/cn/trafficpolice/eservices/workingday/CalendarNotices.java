package cn.trafficpolice.eservices.workingday;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published notices ({@code calendar_notice}) and their days ({@code calendar_day}). */
@Repository
class CalendarNotices {

  private final JdbcClient jdbc;

  CalendarNotices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest load's revision, 0 when none: what a node compares its cached calendar with. */
  long revision() {
    return jdbc.sql("SELECT COALESCE(MAX(revision), 0) FROM calendar_notice").query(Long.class).single();
  }

  Set<Integer> publishedYears() {
    return new HashSet<>(jdbc.sql("SELECT notice_year FROM calendar_notice").query(Integer.class).list());
  }

  Optional<Notice> notice(int year) {
    return jdbc.sql("SELECT notice_year, loaded_at, loaded_by, revision FROM calendar_notice WHERE notice_year = ?")
        .param(year)
        .query((rs, i) -> new Notice(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
            rs.getLong(4)))
        .optional();
  }

  /** The days of every published year. */
  Map<LocalDate, Boolean> publishedDays() {
    Map<LocalDate, Boolean> days = new HashMap<>();
    jdbc.sql("SELECT calendar_date, working FROM calendar_day")
        .query((rs, i) -> days.put(rs.getObject(1, LocalDate.class), rs.getBoolean(2)))
        .list();
    return days;
  }

  List<NoticeDay> daysOf(int year) {
    return jdbc.sql("""
            SELECT calendar_date, working, note FROM calendar_day
            WHERE calendar_date >= ? AND calendar_date < ? ORDER BY calendar_date""")
        .param(LocalDate.of(year, 1, 1)).param(LocalDate.of(year + 1, 1, 1))
        .query((rs, i) -> new NoticeDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3)))
        .list();
  }

  /** Replaces the year's days and records the load under a new revision; the caller's transaction. */
  long replace(int year, List<NoticeDay> days, String loadedBy, OffsetDateTime loadedAt) {
    jdbc.sql("DELETE FROM calendar_day WHERE calendar_date >= ? AND calendar_date < ?")
        .param(LocalDate.of(year, 1, 1)).param(LocalDate.of(year + 1, 1, 1)).update();
    for (NoticeDay day : days) {
      jdbc.sql("INSERT INTO calendar_day (calendar_date, working, note) VALUES (?, ?, ?)")
          .param(day.date()).param(day.working()).param(day.note()).update();
    }
    long revision = revision() + 1;
    jdbc.sql("DELETE FROM calendar_notice WHERE notice_year = ?").param(year).update();
    jdbc.sql("INSERT INTO calendar_notice (notice_year, loaded_at, loaded_by, revision) VALUES (?, ?, ?, ?)")
        .param(year).param(loadedAt).param(loadedBy).param(revision).update();
    return revision;
  }

  record Notice(int year, OffsetDateTime loadedAt, String loadedBy, long revision) {
  }

  record NoticeDay(LocalDate date, boolean working, String note) {
  }
}
