package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.payment.NewPaymentOrder;
import cn.trafficpolice.eservices.payment.PaymentOrder;
import cn.trafficpolice.eservices.payment.PaymentService;
import cn.trafficpolice.eservices.payment.PaymentStatus;
import cn.trafficpolice.eservices.plate.PlateDriver;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Outside systems' callbacks: each system only at its own path; a payment report replayed for another order, and a
 * confirmation replayed, refused.
 */
@RestIntegrationTest
class CallbackReplayIT {

  private static final BigDecimal FEE = new BigDecimal("40.00");

  @Autowired
  MockMvc mvc;
  @Autowired
  PaymentService payments;
  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;
  @Autowired
  EngineTime time;

  @Test
  void aTransactionReportedForASecondOrderIsRefused() throws Exception {
    String first = newOrder();
    String second = newOrder();
    String transaction = "T-" + UUID.randomUUID();

    reportPaid(first, transaction).andExpect(status().isNoContent());
    reportPaid(second, transaction).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PAYMENT_TRANSACTION_REUSED"));

    assertThat(payments.find(second).orElseThrow().status()).isEqualTo(PaymentStatus.PENDING);
  }

  @Test
  void aRepeatedIdenticalReportHasNoSecondEffect() throws Exception {
    String order = newOrder();
    String transaction = "T-" + UUID.randomUUID();
    reportPaid(order, transaction).andExpect(status().isNoContent());
    OffsetDateTime paidAt = payments.find(order).orElseThrow().paidAt();

    reportPaid(order, transaction).andExpect(status().isNoContent());

    PaymentOrder after = payments.find(order).orElseThrow();
    assertThat(after.paidAt()).isEqualTo(paidAt);
    assertThat(after.transactionId()).isEqualTo(transaction);
  }

  @Test
  void anOrderPaidByOneTransactionRefusesAnother() throws Exception {
    String order = newOrder();
    String transaction = "T-" + UUID.randomUUID();
    reportPaid(order, transaction).andExpect(status().isNoContent());

    reportPaid(order, "T-" + UUID.randomUUID()).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("PAYMENT_ALREADY_PAID"));
    assertThat(payments.find(order).orElseThrow().transactionId()).isEqualTo(transaction);
  }

  @Test
  void thePostalServiceIsStoppedAtTheVehicleOfficesPathBeforeAnyControllerRuns() throws Exception {
    // an empty body would be a 400 from the controller: a 403 shows the URL rule refused first
    mvc.perform(post("/api/v1/systems/vehicle-office/plate-preselections/X/confirmation")
            .with(httpBasic("postal-service", "postal-demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
    mvc.perform(post("/api/v1/systems/payment/orders/ZF000000000001/paid")
            .with(httpBasic("vehicle-office", "office-demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void aSystemPathWithoutItsOwnRuleIsClosedToEverySystem() throws Exception {
    mvc.perform(post("/api/v1/systems/registry/anything").with(httpBasic("vehicle-office", "office-demo")))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
  }

  @Test
  void aReplayedVehicleOfficeConfirmationIsA409() throws Exception {
    PlateDriver plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    time.setTo(LocalDateTime.of(2026, 9, 28, 10, 0));
    try {
      String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
      long id = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, PlateDriver.ZHANG_CAR_VIN,
          PlateDriver.ZHANG_CAR_CERT, "440800");
      String serial = plate.read(plate.compose(zhang, id, "粤G12A46", "粤G498J8").andExpect(status().isOk()))
          .at("/selection/serialNumber").asText();
      time.runDueJobs();
      String url = "/api/v1/systems/vehicle-office/plate-preselections/" + serial + "/confirmation";
      String body = "{\"vin\":\"" + PlateDriver.ZHANG_CAR_VIN + "\",\"plateNumber\":\"粤G498J8\"}";

      confirm(url, body).andExpect(status().isNoContent());
      confirm(url, body).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("NOT_EXPECTED"));
    } finally {
      time.reset();
    }
  }

  private ResultActions confirm(String url, String body) throws Exception {
    return mvc.perform(post(url).with(httpBasic("vehicle-office", "office-demo"))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  private String newOrder() {
    return payments.createOrder(new NewPaymentOrder("T" + UUID.randomUUID().toString().substring(0, 30), Business.PLATE_PRESELECTION, 1L,
        "测试订单", FEE, OffsetDateTime.now().plusHours(1))).orderNumber();
  }

  private ResultActions reportPaid(String order, String transaction) throws Exception {
    return mvc.perform(post("/api/v1/systems/payment/orders/" + order + "/paid")
        .with(httpBasic("payment-service", "payment-demo")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"amount\": 40.00, \"transactionId\": \"" + transaction + "\"}"));
  }
}
