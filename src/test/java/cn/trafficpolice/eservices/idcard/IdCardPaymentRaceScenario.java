package cn.trafficpolice.eservices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.idcard.IdCardDriver.Applicant;
import cn.trafficpolice.eservices.payment.PaymentErrors;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.EngineTime;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * ID-2: the payment platform's notice racing the cancellation of an unpaid application. A notice the process no
 * longer waits for is a 409 that leaves nothing behind; at the very deadline exactly one of the two wins.
 */
abstract class IdCardPaymentRaceScenario {

  private static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 11, 23, 10, 0);
  private static final LocalDateTime DEADLINE = SUBMITTED.plusMinutes(30);

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PasswordEncoder passwords;

  IdCardDriver driver;
  Applicant applicant;
  String serial;
  String order;
  String instance;

  @BeforeEach
  void submittedOnline() throws Exception {
    time.setTo(SUBMITTED);
    driver = new IdCardDriver(citizen, jdbc, engine, passwords);
    applicant = driver.applicant(true, false);
    JsonNode submitted = driver.submitOnline(applicant);
    serial = submitted.get("serialNumber").asText();
    order = submitted.get("paymentOrderNumber").asText();
    instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(serial)
        .singleResult().getId();
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aPaymentAfterTheDeadlineFiredIsA409AndChangesNothing() throws Exception { // ID-2, robustness
    time.setTo(DEADLINE.plusMinutes(1));
    engine.getManagementService().executeJob(deadlineTimer().getId());
    int messages = smsCount();

    driver.paymentCallback(order, "40.00", "payment-service", "payment-demo").andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value(PaymentErrors.PAYMENT_ORDER_CLOSED));

    assertThat(orderStatus()).isEqualTo("PENDING");
    assertThat(stage()).isEqualTo("AWAITING_PAYMENT");
    assertThat(smsCount()).as("no SMS from the late notice").isEqualTo(messages);
    time.runDueJobs();
    assertThat(orderStatus()).isEqualTo("CANCELLED");
    assertThat(stage()).isEqualTo("CANCELLED");
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void aPaymentRacingTheDeadlineEitherPaysOrCancelsNeverBoth() throws Exception { // ID-2, robustness
    time.setTo(DEADLINE); // the timer is due and the order may still be paid: the very same instant
    String timer = deadlineTimer().getId();
    AtomicInteger next = new AtomicInteger();

    List<Object> outcomes = Concurrently.run(2, () -> next.getAndIncrement() == 0
        ? driver.paymentCallback(order, "40.00", "payment-service", "payment-demo").andReturn().getResponse()
        : timerFired(timer));
    time.runDueJobs();

    MockHttpServletResponse payment = outcomes.stream().filter(MockHttpServletResponse.class::isInstance)
        .map(MockHttpServletResponse.class::cast).findFirst().orElseThrow();
    assertThat(payment.getStatus()).as(payment.getContentAsString()).isIn(204, 409);
    if (payment.getStatus() == 204) {
      assertThat(orderStatus()).isEqualTo("PAID");
      assertThat(stage()).isEqualTo("ACCEPTED");
    } else {
      assertThat(payment.getContentAsString()).containsAnyOf(PaymentErrors.PAYMENT_ORDER_CLOSED,
          "CONCURRENT_UPDATE");
      assertThat(orderStatus()).isEqualTo("CANCELLED");
      assertThat(stage()).isEqualTo("CANCELLED");
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count())
        .as("a paid application goes on, a cancelled one has ended").isEqualTo(payment.getStatus() == 204 ? 1 : 0);
  }

  /** The job executor's side: a timer that lost the race fails and is retried (or is gone with its activity). */
  private Object timerFired(String jobId) {
    try {
      engine.getManagementService().executeJob(jobId);
      return "fired";
    } catch (RuntimeException lost) {
      return lost;
    }
  }

  private Job deadlineTimer() {
    return engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(IdCardReissueProcess.TIMER_PAYMENT_DEADLINE).singleResult();
  }

  private String orderStatus() {
    return jdbc.sql("SELECT status FROM payment_order WHERE order_number = :order").param("order", order)
        .query(String.class).single();
  }

  private String stage() {
    return jdbc.sql("SELECT stage FROM id_card_reissue WHERE serial_number = :serial").param("serial", serial)
        .query(String.class).single();
  }

  private int smsCount() {
    return jdbc.sql("SELECT COUNT(*) FROM sms_outbox WHERE phone = :phone").param("phone", applicant.phone())
        .query(Integer.class).single();
  }
}
