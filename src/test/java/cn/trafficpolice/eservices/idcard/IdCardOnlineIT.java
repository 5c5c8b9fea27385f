package cn.trafficpolice.eservices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.idcard.IdCardDriver.Applicant;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** ID-2 end to end: online application, fee through the payment platform, production, post, delivery. */
@RestIntegrationTest
class IdCardOnlineIT {

  private static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 11, 23, 10, 0);

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

  @BeforeEach
  void eligibleApplicant() throws Exception {
    time.setTo(SUBMITTED);
    driver = new IdCardDriver(citizen, jdbc, engine, passwords);
    applicant = driver.applicant(true, false);
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void paidProducedPostedAndDelivered() throws Exception { // ID-2, SH-2, SH-6
    JsonNode submitted = driver.submitOnline(applicant);
    String serial = submitted.get("serialNumber").asText();
    String order = submitted.get("paymentOrderNumber").asText();
    assertThat(submitted.get("fee").decimalValue()).isEqualByComparingTo("40");
    assertThat(submitted.get("stage").asText()).isEqualTo("AWAITING_PAYMENT");

    driver.paymentCallback(order, "40.00", "payment-service", "wrong").andExpect(status().isUnauthorized());
    driver.paymentCallback(order, "40.00", "postal-service", "postal-demo").andExpect(status().isForbidden());
    driver.paymentCallback(order, "4.00", "payment-service", "payment-demo")
        .andExpect(status().isUnprocessableEntity());
    driver.paymentCallback(order, "40.00", "payment-service", "payment-demo").andExpect(status().isNoContent());
    driver.paymentCallback(order, "40.00", "payment-service", "payment-demo").andExpect(status().isNoContent());
    time.runDueJobs();
    assertThat(driver.reissue(applicant, serial).get("stage").asText()).isEqualTo("ACCEPTED");

    Task produced = driver.taskSeenBy(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, serial);
    assertThat(produced.getTaskDefinitionKey()).isEqualTo(IdCardReissueProcess.TASK_RECORD_CARD_PRODUCED);
    assertThat(driver.taskSeenBy("licence.clerk", ReviewGroups.LICENCE_CLERKS, serial)).isNull();
    driver.completeAs(IdCardDriver.CLERK, ReviewGroups.ID_CARD_CLERKS, produced,
        Map.of(IdCardReissueProcess.VAR_CARD_PRODUCED, true));
    time.runDueJobs();

    JsonNode posted = driver.reissue(applicant, serial);
    assertThat(posted.get("stage").asText()).isEqualTo("POSTED");
    String tracking = posted.get("trackingNumber").asText();
    driver.deliveredCallback(tracking).andExpect(status().isNoContent());
    driver.deliveredCallback(tracking).andExpect(status().isConflict());
    time.runDueJobs();

    citizen.get(applicant.token(), "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("COMPLETED"))
        .andExpect(jsonPath("$.steps[*].step").value(hasItems("提交申请", "缴纳工本费", "受理", "省级制证中心制证",
            "邮寄", "已签收")));
    assertThat(driver.smsTo(applicant)).contains("工本费40.00元").contains("已受理").contains(tracking)
        .contains("已签收");
  }

  @Test
  void theDemoCashierPaysTheCitizensOwnOrder() throws Exception { // ID-2
    String order = driver.submitOnline(applicant).get("paymentOrderNumber").asText();
    Applicant other = driver.applicant(true, false);

    citizen.post(other.token(), "/api/v1/demo/payments/" + order + "/pay", Map.of())
        .andExpect(status().isNotFound());
    citizen.post(applicant.token(), "/api/v1/demo/payments/" + order + "/pay", Map.of())
        .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAID"));
    time.runDueJobs();

    citizen.get(applicant.token(), IdCardDriver.BASE).andExpect(jsonPath("$[0].stage").value("ACCEPTED"))
        .andExpect(jsonPath("$[0].payment.statusName").value("已支付"));
  }

  @Test
  void unpaidAfterThePaymentWindowIsCancelled() throws Exception { // ID-2
    JsonNode submitted = driver.submitOnline(applicant);
    String serial = submitted.get("serialNumber").asText();
    String order = submitted.get("paymentOrderNumber").asText();

    time.advanceTo(SUBMITTED.plusMinutes(29));
    applicant = driver.loggedInAgain(applicant);
    assertThat(driver.reissue(applicant, serial).get("stage").asText()).isEqualTo("AWAITING_PAYMENT");
    time.advanceTo(SUBMITTED.plusMinutes(31));

    citizen.get(applicant.token(), "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.status").value("CANCELLED"));
    assertThat(driver.reissue(applicant, serial).get("payment").get("statusName").asText()).isEqualTo("已取消");
    driver.paymentCallback(order, "40.00", "payment-service", "payment-demo").andExpect(status().isConflict());
    assertThat(driver.smsTo(applicant)).contains("超时未缴费已取消");
  }

  @Test
  void anotherCitizensApplicationIsInvisible() throws Exception { // SH-2
    String serial = driver.submitOnline(applicant).get("serialNumber").asText();
    Applicant other = driver.applicant(true, false);

    citizen.get(other.token(), IdCardDriver.BASE + "/" + serial).andExpect(status().isNotFound());
    citizen.post(other.token(), IdCardDriver.BASE + "/" + serial + "/temporary-card", Map.of())
        .andExpect(status().isNotFound());
    citizen.get(other.token(), IdCardDriver.BASE).andExpect(jsonPath("$.length()").value(0));
    citizen.get(null, IdCardDriver.BASE + "/" + serial).andExpect(status().isUnauthorized());
  }

  @Test
  void aSecondApplicationWhileOneIsUnderWayIsRefused() throws Exception { // SH-2
    driver.submitOnline(applicant);
    citizen.post(applicant.token(), IdCardDriver.BASE + "/online", Map.of("reason", "LOST",
        "addressId", applicant.addressId())).andExpect(status().isConflict());
  }
}
