package cn.trafficpolice.eservices.idcard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.validation.IdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Drives ID card reissues through the REST front, the outside systems' callbacks and the clerks' tasks. Each test
 * gets fresh applicants with the household record it needs, so tests sharing the database never share one.
 */
class IdCardDriver {

  static final String BASE = "/api/v1/id-card-reissues";
  static final String CLERK = "idcard.clerk";
  static final String HEAD = "idcard.head";
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final CitizenClient citizen;
  private final JdbcClient jdbc;
  private final ProcessEngine engine;
  private final String passwordHash;

  IdCardDriver(CitizenClient citizen, JdbcClient jdbc, ProcessEngine engine, PasswordEncoder passwords) {
    this.citizen = citizen;
    this.jdbc = jdbc;
    this.engine = engine;
    this.passwordHash = passwords.encode(CitizenClient.DEMO_PASSWORD);
  }

  /** A real-name citizen with a household record that allows online reissue, or not, and their token. */
  Applicant applicant(boolean eligibleOnline, boolean remoteArea) throws Exception {
    int n = NEXT.incrementAndGet();
    LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n);
    String first17 = "440803" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
    String idNumber = first17 + IdNumbers.checkCharacter(first17);
    String phone = "1395%07d".formatted(n);
    jdbc.sql("""
            INSERT INTO citizen (phone, password_hash, name, id_number, real_name, created_at)
            VALUES (:phone, :hash, :name, :idNumber, TRUE, :now)""")
        .param("phone", phone).param("hash", passwordHash).param("name", "申请" + n).param("idNumber", idNumber)
        .param("now", OffsetDateTime.parse("2026-01-05T09:00:00+08:00")).update();
    jdbc.sql("""
            INSERT INTO household_record (id_number, name, sex, ethnicity, birth_date, address, police_station,
                fingerprints_collected, fingerprints_taken_on, card_photo_taken_on, card_valid_until,
                household_changed_on, last_card_application_on, remote_area)
            VALUES (:idNumber, :name, '女', '汉族', :birth, '广东省湛江市赤坎区海滨大道北30号', '湛江市公安局海滨派出所',
                TRUE, DATE '2020-05-01', DATE '2020-05-01', DATE '2040-05-01', :changed, DATE '2020-05-01', :remote)""")
        .param("idNumber", idNumber).param("name", "申请" + n).param("birth", birth)
        .param("changed", eligibleOnline ? null : LocalDate.of(2025, 3, 1)).param("remote", remoteArea).update();
    String token = citizen.login(phone);
    JsonNode address = citizen.read(citizen.post(token, "/api/v1/me/addresses", Map.of("recipient", "申请" + n,
        "phone", phone, "province", "广东省", "city", "湛江市", "district", "赤坎区", "detail", "海滨大道北30号",
        "makeDefault", true)).andExpect(status().isCreated()));
    return new Applicant(token, phone, idNumber, address.get("id").asLong());
  }

  /** After the clock moved past the access token's lifetime (15 minutes), as the citizen's app would. */
  Applicant loggedInAgain(Applicant a) throws Exception {
    return new Applicant(citizen.login(a.phone()), a.phone(), a.idNumber(), a.addressId());
  }

  JsonNode submitOnline(Applicant a) throws Exception {
    return citizen.read(citizen.post(a.token(), BASE + "/online", Map.of("reason", "LOST",
        "addressId", a.addressId())).andExpect(status().isCreated()));
  }

  JsonNode submitAppointment(Applicant a, String delivery) throws Exception {
    return citizen.read(citizen.post(a.token(), BASE + "/appointments", Map.of("reason", "DAMAGED",
        "preferredDate", "2026-11-30", "delivery", delivery, "addressId", a.addressId(), "note", "上午办理"))
        .andExpect(status().isCreated()));
  }

  JsonNode reissue(Applicant a, String serial) throws Exception {
    return citizen.read(citizen.get(a.token(), BASE + "/" + serial).andExpect(status().isOk()));
  }

  ResultActions paymentCallback(String order, String amount, String user, String password) throws Exception {
    return citizen.mvc().perform(MockMvcRequestBuilders.post("/api/v1/systems/payment/orders/" + order + "/paid")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"amount\": %s, \"transactionId\": \"T-%s\"}".formatted(amount, order))
        .with(httpBasic(user, password)));
  }

  ResultActions deliveredCallback(String tracking) throws Exception {
    return citizen.mvc().perform(MockMvcRequestBuilders
        .post("/api/v1/systems/postal/id-card-reissues/parcels/" + tracking + "/delivered")
        .with(httpBasic("postal-service", "postal-demo")));
  }

  /** The open task of the application as a user of the group sees it in Tasklist; null when they see none. */
  Task taskSeenBy(String userId, String group, String serial) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userId, List.of(group));
    try {
      return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(serial).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }

  void completeAs(String userId, String group, Task task, Map<String, Object> decision) {
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    identity.setAuthentication(userId, List.of(group));
    try {
      tasks.claim(task.getId(), userId);
      tasks.complete(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
  }

  MockHttpSession camundaSession(String userId, String group) {
    MockHttpSession session = new MockHttpSession();
    UserAuthentication user = new UserAuthentication(userId, engine.getName());
    user.setGroupIds(List.of(group));
    Authentications authentications = new Authentications();
    authentications.addOrReplace(user);
    AuthenticationUtil.updateSession(session, authentications);
    return session;
  }

  String smsTo(Applicant a) throws Exception {
    return citizen.read(citizen.get(a.token(), "/api/v1/demo/sms-inbox?phone=" + a.phone())).toString();
  }

  record Applicant(String token, String phone, String idNumber, long addressId) {
  }
}
