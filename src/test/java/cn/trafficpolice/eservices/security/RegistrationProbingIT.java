package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Attacks on registration: registering a phone one does not hold, probing which phones have an account, and
 * blocking a person by registering their ID number first.
 */
@RestIntegrationTest
class RegistrationProbingIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;

  @Test
  void registeringAPhoneWithoutItsCodeIsRefused() throws Exception {
    String phone = "13912370001";
    citizen.post(null, "/api/v1/auth/register", form(phone, "123456", "110101198001010141"))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
    citizen.requestRegistrationCode(phone).andExpect(status().isAccepted());
    String code = citizen.latestCode(null, phone);
    String wrong = code.equals("000000") ? "111111" : "000000";
    citizen.post(null, "/api/v1/auth/register", form(phone, wrong, "110101198001010141"))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("SMS_CODE_INVALID"));
    assertThat(accounts(phone)).isZero();

    citizen.post(null, "/api/v1/auth/register", form(phone, code, "110101198001010141"))
        .andExpect(status().isCreated());
    assertThat(accounts(phone)).isOne();
  }

  @Test
  void aKnownPhoneAnswersLikeANewOneAndItsOwnerIsTold() throws Exception {
    String fresh = "13912370002";
    JsonNode knownAnswer = citizen.read(citizen.requestRegistrationCode(DemoCitizens.HUANG_MIN)
        .andExpect(status().isAccepted()));
    JsonNode freshAnswer = citizen.read(citizen.requestRegistrationCode(fresh).andExpect(status().isAccepted()));
    assertThat(names(knownAnswer)).isEqualTo(names(freshAnswer));

    String ownersInbox = citizen.read(citizen.get(citizen.login(DemoCitizens.HUANG_MIN),
        "/api/v1/demo/sms-inbox?phone=" + DemoCitizens.HUANG_MIN)).get(0).get("text").asText();
    assertThat(ownersInbox).contains("有人正在用您的手机号码注册").doesNotContainPattern("\\d{6}");
    // without a token the demo inbox shows registration codes only: nothing for a known phone
    assertThat(citizen.read(citizen.get(null, "/api/v1/demo/sms-inbox?phone=" + DemoCitizens.HUANG_MIN)))
        .isEmpty();

    String knownRefusal = body(citizen.post(null, "/api/v1/auth/register",
        form(DemoCitizens.HUANG_MIN, "123456", "11010119800101015X")));
    String freshRefusal = body(citizen.post(null, "/api/v1/auth/register",
        form(fresh, citizen.latestCode(null, fresh).equals("123456") ? "654321" : "123456", "11010119800101015X")));
    assertThat(knownRefusal).isEqualTo(freshRefusal).contains("SMS_CODE_INVALID");
  }

  @Test
  void aStrangerRegisteringSomeoneElsesIdNumberDoesNotBlockItsOwner() throws Exception {
    String idNumber = "110101198001010168";
    citizen.register("13912370003", "secret123", "冒用者", idNumber).andExpect(status().isCreated());
    citizen.register("13912370004", "secret123", "本人", idNumber).andExpect(status().isCreated());

    String owner = citizen.login("13912370004", "secret123");
    citizen.post(owner, "/api/v1/me/real-name-verification", Map.of("livenessToken", "pass"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.realName").value(true));

    String stranger = citizen.login("13912370003", "secret123");
    citizen.post(stranger, "/api/v1/me/real-name-verification", Map.of("livenessToken", "pass"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ID_NUMBER_VERIFIED_ELSEWHERE"));
    citizen.get(stranger, "/api/v1/me").andExpect(jsonPath("$.realName").value(false));
  }

  @Test
  void anIdNumberOfAWindowRegisteredCitizenCannotBeVerifiedByAnotherAccount() throws Exception {
    citizen.register("13912370005", "secret123", "张伟", DemoCitizens.ZHANG_WEI_ID)
        .andExpect(status().isCreated());
    String claimant = citizen.login("13912370005", "secret123");
    citizen.post(claimant, "/api/v1/me/real-name-verification", Map.of("livenessToken", "pass"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ID_NUMBER_VERIFIED_ELSEWHERE"));
  }

  private Map<String, String> form(String phone, String code, String idNumber) {
    return Map.of("phone", phone, "code", code, "password", "secret123", "name", "注册", "idNumber", idNumber);
  }

  private int accounts(String phone) {
    return jdbc.sql("SELECT COUNT(*) FROM citizen WHERE phone = :p").param("p", phone).query(Integer.class).single();
  }

  private static String names(JsonNode node) {
    StringBuilder names = new StringBuilder();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.append(it.next()).append(',');
    }
    return names.toString();
  }

  private static String body(ResultActions answer) throws Exception {
    return answer.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
  }
}
