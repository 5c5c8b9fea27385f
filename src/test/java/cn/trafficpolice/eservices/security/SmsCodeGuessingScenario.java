package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.filing.FilingDriver;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.DemoCitizens;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * SH-3 attacks on the owner's consent code of a vehicle filing: reading it from the outbox table, and guessing it
 * with many requests at once. Run on H2 by {@link SmsCodeGuessingIT} and on PostgreSQL by
 * {@link SmsCodeGuessingPostgresIT}.
 */
abstract class SmsCodeGuessingScenario {

  private static final int GUESSES = 8;
  private static final int MAX_WRONG_TRIES = 5;

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  FilingDriver filing;
  String filer;

  @BeforeEach
  void cleanUp() throws Exception {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
    filer = citizen.login(DemoCitizens.HUANG_MIN);
  }

  @Test
  void aDeliveredCodeIsNotLeftInClearTextInTheOutbox() throws Exception {
    filing.sendOwnerCode(filer, "02", "粤K8B888", "778899").andExpect(status().isAccepted());
    String code = citizen.latestCode(filer, FilingDriver.LIN_HUI_PHONE);

    // the code messages only: earlier tests may have left notifications (no code in them) for the same owner
    List<String> outbox = jdbc.sql(
            "SELECT text FROM sms_outbox WHERE phone = :phone AND idempotency_key LIKE 'sms-code:%'")
        .param("phone", FilingDriver.LIN_HUI_PHONE).query(String.class).list();
    assertThat(outbox).isNotEmpty().noneMatch(text -> text.contains(code)).allMatch(text -> text.contains("******"));
    filing.fileBySmsCode(filer, "02", "粤K8B888", "778899", code, "pass").andExpect(status().isCreated());
  }

  @Test
  void parallelWrongGuessesCountAtMostTheLimitAndThenTheRightCodeIsRefused() throws Exception {
    filing.sendOwnerCode(filer, "02", "粤K8B888", "778899").andExpect(status().isAccepted());
    String code = citizen.latestCode(filer, FilingDriver.LIN_HUI_PHONE);
    String wrong = code.equals("000000") ? "111111" : "000000";

    List<Object> outcomes = Concurrently.run(GUESSES, () -> {
      ResultActions answer = filing.fileBySmsCode(filer, "02", "粤K8B888", "778899", wrong, "pass");
      return answer.andReturn().getResponse().getStatus() + " " + citizen.read(answer).path("code").asText();
    });

    assertThat(outcomes).allMatch(o -> o.equals("422 SMS_CODE_INVALID") || o.equals("422 SMS_CODE_LOCKED"));
    assertThat(jdbc.sql("SELECT failed_attempts FROM sms_code WHERE phone = :phone")
        .param("phone", FilingDriver.LIN_HUI_PHONE).query(Integer.class).single()).isEqualTo(MAX_WRONG_TRIES);
    filing.fileBySmsCode(filer, "02", "粤K8B888", "778899", code, "pass")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("SMS_CODE_LOCKED"));
  }
}
