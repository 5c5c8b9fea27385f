package cn.trafficpolice.eservices.workingday;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SH-4: the statutory days computed, against the State Council's published notices and dates. */
class ChineseHolidaysTest {

  private final ChineseHolidays holidays = new ChineseHolidays();

  @Test
  void springFestival2027IsLunarNewYearsEveAndTheFirstThreeDays() { // SH-4
    // the new moon of the lunar new year falls at 23:56 China time on 6 February 2027 (ICU alone says the 7th)
    assertThat(holidays.statutoryDaysOff(2027)).containsEntry(LocalDate.of(2027, 2, 5), "春节")
        .containsEntry(LocalDate.of(2027, 2, 6), "春节").containsEntry(LocalDate.of(2027, 2, 7), "春节")
        .containsEntry(LocalDate.of(2027, 2, 8), "春节").doesNotContainKey(LocalDate.of(2027, 2, 9));
  }

  @Test
  void the2027StatutoryDaysAreThirteen() { // SH-4: the holiday law in force since 2025
    assertThat(holidays.statutoryDaysOff(2027)).containsOnlyKeys(LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8),
        LocalDate.of(2027, 4, 5), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 2), LocalDate.of(2027, 6, 9),
        LocalDate.of(2027, 9, 15), LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3));
  }

  @ParameterizedTest(name = "Qingming {0}")
  @CsvSource({"2020-04-04", "2021-04-04", "2022-04-05", "2023-04-05", "2024-04-04", "2025-04-04", "2026-04-05",
      "2027-04-05", "2028-04-04", "2029-04-04", "2030-04-05"})
  void qingmingIsTheSolarTermDayOfTheNotices(LocalDate qingming) { // SH-4: dates of the published notices
    assertThat(holidays.statutoryDaysOff(qingming.getYear())).containsEntry(qingming, "清明节");
    assertThat(holidays.statutoryDaysOff(qingming.getYear()).entrySet())
        .filteredOn(e -> e.getValue().equals("清明节")).hasSize(1);
  }

  @ParameterizedTest(name = "lunar new year {0}")
  @CsvSource({"2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17",
      "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"})
  void lunarNewYearFallsOnThePublishedDay(LocalDate newYear) { // SH-4
    assertThat(ChineseHolidays.lunar(newYear.getYear(), 1, 1)).isEqualTo(newYear);
  }

  @Test
  void midAutumnOnNationalDayIsOneDayWithBothNames() { // SH-4: 2025-10-06 is Mid-Autumn; 2020-10-01 both
    assertThat(holidays.statutoryDaysOff(2025)).containsEntry(LocalDate.of(2025, 10, 6), "中秋节");
    assertThat(holidays.statutoryDaysOff(2020)).containsEntry(LocalDate.of(2020, 10, 1), "中秋节、国庆节");
  }

  @ParameterizedTest(name = "notice {0}")
  @ValueSource(ints = {2025, 2026})
  void everyStatutoryDayIsADayOffOfThePublishedNotice(int year) throws IOException { // SH-4
    Set<LocalDate> daysOff = daysOff(year);
    assertThat(daysOff).containsAll(holidays.statutoryDaysOff(year).keySet());
    assertThat(holidays.statutoryDaysOff(year)).hasSize(13);
  }

  @Test
  void springFestivalOf2026And2025LiesInsideThePublishedBlocks() { // SH-4: Feb 15–23 2026, Jan 28–Feb 4 2025
    Map<LocalDate, String> of2026 = holidays.statutoryDaysOff(2026);
    assertThat(of2026.entrySet()).filteredOn(e -> e.getValue().equals("春节")).extracting(Map.Entry::getKey)
        .containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19))
        .allSatisfy(d -> assertThat(d).isBetween(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)));
    assertThat(holidays.statutoryDaysOff(2025).entrySet()).filteredOn(e -> e.getValue().equals("春节"))
        .extracting(Map.Entry::getKey)
        .containsExactly(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
            LocalDate.of(2025, 1, 31));
  }

  /** The notice as test data, in the body format of the operator endpoint. */
  static Set<LocalDate> daysOff(int year) throws IOException {
    try (InputStream in = ChineseHolidaysTest.class.getResourceAsStream("/notices/" + year + ".json")) {
      JsonNode notice = new ObjectMapper().readTree(in);
      Set<LocalDate> days = new HashSet<>();
      notice.get("daysOff").forEach(d -> days.add(LocalDate.parse(d.get("date").asText())));
      return days;
    }
  }
}
