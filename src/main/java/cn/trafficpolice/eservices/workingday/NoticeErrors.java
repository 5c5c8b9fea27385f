package cn.trafficpolice.eservices.workingday;

/** Stable codes of a refused working-day notice (SH-4). */
final class NoticeErrors {

  static final String YEAR_NOT_ACCEPTED = "NOTICE_YEAR_NOT_ACCEPTED";
  static final String DATE_OUTSIDE_YEAR = "NOTICE_DATE_OUTSIDE_YEAR";
  static final String DUPLICATE_DATE = "NOTICE_DUPLICATE_DATE";
  static final String OFF_AND_WORKING = "NOTICE_DAY_OFF_AND_WORKING";
  static final String STATUTORY_DAY_NOT_OFF = "NOTICE_STATUTORY_DAY_NOT_OFF";
  static final String WORKING_DAY_NOT_WEEKEND = "NOTICE_WORKING_DAY_NOT_WEEKEND";
  static final String NOTE_INVALID = "NOTICE_NOTE_INVALID";
  static final String CONCURRENT_LOAD = "NOTICE_CONCURRENT_LOAD";

  private NoticeErrors() {
  }
}
