package cn.trafficpolice.eservices.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Operations: every line a request or a job writes for an application carries its serial and its instance. */
@RestIntegrationTest
class LogContextIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcClient jdbc;

  private final Logger eLicenceLog = (Logger) LoggerFactory.getLogger("cn.trafficpolice.eservices.elicence");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void listen() {
    lines.start();
    eLicenceLog.addAppender(lines);
  }

  @AfterEach
  void stopListening() {
    eLicenceLog.detachAppender(lines);
    jdbc.sql("DELETE FROM application WHERE business = 'ELECTRONIC_LICENCE'").update();
  }

  @Test
  void theSubmissionAndTheEngineWorkOnItCarryTheSerialNumber() throws Exception {
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    String serial = citizen.read(citizen.post(token, "/api/v1/e-licence/applications/with-retained-photo",
        Map.of("livenessToken", "pass")).andExpect(status().isCreated())).get("serialNumber").asText();
    time.runDueJobs();
    String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(serial)
        .singleResult().getId();

    List<ILoggingEvent> aboutIt = lines.list.stream()
        .filter(line -> line.getFormattedMessage().contains(serial)).toList();
    assertThat(aboutIt).isNotEmpty()
        .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry(LogContext.SERIAL_NUMBER, serial));
    assertThat(aboutIt).filteredOn(line -> line.getFormattedMessage().contains("generated")).isNotEmpty()
        .allSatisfy(line -> assertThat(line.getMDCPropertyMap())
            .containsEntry(LogContext.PROCESS_INSTANCE_ID, instanceId));
  }

  @Test
  void aSerialNumberInThePathIsFound() {
    assertThat(LogContext.serialNumberInPath("/api/v1/applications/LL2026112200000042")).isEqualTo("LL2026112200000042");
    assertThat(LogContext.serialNumberInPath("/review-api/plate-appeals/PA2026112200000007/photos/1"))
        .isEqualTo("PA2026112200000007");
    assertThat(LogContext.serialNumberInPath("/api/v1/applications")).isNull();
  }
}
