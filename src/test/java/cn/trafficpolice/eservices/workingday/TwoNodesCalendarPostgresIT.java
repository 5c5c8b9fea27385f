package cn.trafficpolice.eservices.workingday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.EServicesApplication;
import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * SH-4 in a cluster: two engine nodes (two Spring application contexts) on one PostgreSQL database. The notice
 * loaded through the first is used by the second at once, without a restart.
 */
@PostgresIntegrationTest
class TwoNodesCalendarPostgresIT {

  @Autowired
  MockMvc nodeA;
  @Autowired
  ObjectMapper json;
  @Autowired
  JdbcClient jdbc;
  @Value("${spring.datasource.url}")
  String database;

  @AfterEach
  void provisional2027Again() {
    jdbc.sql("DELETE FROM calendar_day WHERE calendar_date >= DATE '2027-01-01'").update();
    jdbc.sql("DELETE FROM calendar_notice WHERE notice_year = 2027").update();
  }

  @Test
  void noticeLoadedThroughOneNodeIsUsedByTheOtherWithoutRestart() throws Exception { // SH-4
    try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(EServicesApplication.class)
        .profiles("demo", "test", "postgres")
        .properties("server.port=0", "spring.datasource.url=" + database)
        .run()) {
      WorkingDayCalendar calendarOfB = nodeB.getBean(WorkingDayCalendar.class);
      LocalDate friday = LocalDate.of(2027, 1, 8);
      assertThat(calendarOfB.nextWorkingDay(friday)).as("provisional 2027, cached on B").isEqualTo(
          LocalDate.of(2027, 1, 11));

      nodeA.perform(put(WorkingDayNoticeIT.PATH + 2027).with(httpBasic("admin", "admin"))
              .contentType(MediaType.APPLICATION_JSON)
              .content(json.writeValueAsString(WorkingDayNoticeIT.notice2027(
                  List.of(WorkingDayNoticeIT.day("2027-01-09", "测试调休"))))))
          .andExpect(status().isOk()).andExpect(jsonPath("$.year").value(2027));

      assertThat(calendarOfB.nextWorkingDay(friday)).isEqualTo(LocalDate.of(2027, 1, 9));
      assertThat(calendarOfB.isProvisional(2027)).isFalse();
    }
  }
}
