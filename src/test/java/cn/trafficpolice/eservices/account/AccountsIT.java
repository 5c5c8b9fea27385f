package cn.trafficpolice.eservices.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@RestIntegrationTest
class AccountsIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void selfRegisteredAccountIsNotRealNameAndCanLogIn() throws Exception { // SH-1
    citizen.register("13912340001", "secret123", "赵六", "11010519491231002X")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.realName").value(false))
        .andExpect(jsonPath("$.phone").value("139****0001"))
        .andExpect(jsonPath("$.idNumber").value("1101**********002X"));

    String token = citizen.login("13912340001", "secret123");
    citizen.get(token, "/api/v1/me").andExpect(status().isOk()).andExpect(jsonPath("$.name").value("赵六"));
  }

  @Test
  void realPersonAuthenticationMakesASelfRegisteredAccountRealName() throws Exception { // SH-1
    citizen.register("13912340005", "secret123", "实名", "440802199104170135").andExpect(status().isCreated());
    String token = citizen.login("13912340005", "secret123");

    citizen.post(token, "/api/v1/me/real-name-verification", Map.of("livenessToken", "someone-else"))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("REAL_PERSON_FAILED"));
    citizen.post(token, "/api/v1/me/real-name-verification", Map.of("livenessToken", "unavailable"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.code").value("REAL_PERSON_UNAVAILABLE"));
    citizen.get(token, "/api/v1/me").andExpect(jsonPath("$.realName").value(false));

    citizen.post(token, "/api/v1/me/real-name-verification", Map.of("livenessToken", "pass"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.realName").value(true));
    citizen.get(token, "/api/v1/me").andExpect(jsonPath("$.realName").value(true));
  }

  @Test
  void passwordIsStoredHashed() throws Exception {
    citizen.register("13912340002", "secret123", "钱七", "440802199104170119").andExpect(status().isCreated());
    String hash = jdbc.sql("SELECT password_hash FROM citizen WHERE phone = '13912340002'").query(String.class)
        .single();
    assertThat(hash).startsWith("{bcrypt}").doesNotContain("secret123");
  }

  @Test
  void demoCitizensAreRealName() throws Exception { // SH-1
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(token, "/api/v1/me").andExpect(jsonPath("$.realName").value(true));
  }

  @Test
  void registrationRefusesAnInvalidIdNumberWithItsCode() throws Exception { // SH-7
    citizen.register("13912340003", "secret123", "孙八", "110105194912310021")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("ID_NUMBER_INVALID"))
        .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM citizen WHERE phone = '13912340003'").query(Integer.class).single())
        .isZero();
  }

  @Test
  void registrationRefusesAnInvalidPhoneWithItsCode() throws Exception { // SH-7
    citizen.requestRegistrationCode("12912340003")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHONE_INVALID"));
    citizen.post(null, "/api/v1/auth/register", Map.of("phone", "12912340003", "code", "123456",
            "password", "secret123", "name", "孙八", "idNumber", "11010519491231002X"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHONE_INVALID"));
  }

  @Test
  void wrongPasswordAndUnknownPhoneAnswerTheSame() throws Exception {
    citizen.post(null, "/api/v1/auth/login", Map.of("phone", DemoCitizens.ZHANG_WEI, "password", "wrong123"))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("LOGIN_FAILED"));
    citizen.post(null, "/api/v1/auth/login", Map.of("phone", "13999999999", "password", "wrong123"))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("LOGIN_FAILED"));
  }

  @Test
  void everyCitizenEndpointNeedsAToken() throws Exception {
    for (String path : new String[] {"/api/v1/me", "/api/v1/applications", "/api/v1/me/blacklist"}) {
      citizen.get(null, path)
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }
  }

  @Test
  void aForgedOrExpiredTokenIsRefused() throws Exception {
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    citizen.get(forged, "/api/v1/me").andExpect(status().isUnauthorized());

    time.setTo(time.now().plusHours(3));
    citizen.get(token, "/api/v1/me").andExpect(status().isUnauthorized());
  }

  @Test
  void aMalformedBodyIsA400NotA500() throws Exception {
    citizen.mvc().perform(MockMvcRequestBuilders.post("/api/v1/auth/login")
            .contentType(MediaType.APPLICATION_JSON).content("{\"phone\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
  }

  @Test
  void unknownPathsAnswerProblemJson404() throws Exception {
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(token, "/api/v1/no-such-thing")
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("NOT_FOUND"));
  }

  @Test
  void theEngineRestApiIsClosed() throws Exception {
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.get(token, "/engine-rest/task").andExpect(status().isForbidden());
    citizen.get(null, "/engine-rest/process-definition").andExpect(status().isForbidden());
  }

  @Test
  void tokensCarryNoPersonalData() throws Exception {
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    assertThat(payload).doesNotContain(DemoCitizens.ZHANG_WEI).doesNotContain(DemoCitizens.ZHANG_WEI_ID);
  }
}
