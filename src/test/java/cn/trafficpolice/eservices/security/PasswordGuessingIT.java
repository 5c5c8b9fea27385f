package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Attack: guessing one citizen's password, and locking the citizen out by failing on purpose. Past five free
 * attempts each further one waits a doubling delay (429, Retry-After); after the wait the right password logs in.
 */
@RestIntegrationTest
class PasswordGuessingIT {

  private static final String PASSWORD = "secret123";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void fixClock() {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void guessingAPasswordMakesEachFurtherAttemptWaitLongerButTheOwnerStillLogsIn() throws Exception {
    String phone = "13912350001";
    citizen.register(phone, PASSWORD, "猜测", "110101198001010117");
    for (int i = 0; i < 5; i++) {
      login(phone, "wrong123", "10.1.0.1").andExpect(status().isUnauthorized());
    }
    delayed(login(phone, PASSWORD, "10.1.0.1"), 1);
    // the count is the phone's, wherever the guesses come from
    delayed(login(phone, PASSWORD, "10.1.0.2"), 1);

    time.setTo(time.now().plusSeconds(1));
    login(phone, "wrong123", "10.1.0.3").andExpect(status().isUnauthorized());
    delayed(login(phone, PASSWORD, "10.1.0.3"), 2);
    time.setTo(time.now().plusSeconds(2));
    login(phone, "wrong123", "10.1.0.4").andExpect(status().isUnauthorized());
    delayed(login(phone, PASSWORD, "10.1.0.4"), 4);

    time.setTo(time.now().plusSeconds(4));
    login(phone, PASSWORD, "10.1.0.5").andExpect(status().isOk()).andExpect(jsonPath("$.token").isString());
    // a success starts the phone afresh
    login(phone, "wrong123", "10.1.0.5").andExpect(status().isUnauthorized());
    assertThat(jdbc.sql("SELECT delay_seconds FROM login_delay_event WHERE subject = :s ORDER BY id")
        .param("s", "phone:" + phone).query(Long.class).list()).containsExactly(1L, 2L, 4L);
  }

  @Test
  void anAttackerFailingOnPurposeCannotLockTheOwnerOutForLongerThanTheCap() throws Exception {
    String phone = "13912350002";
    citizen.register(phone, PASSWORD, "锁定", "110101198001010125");
    for (int i = 0; i < 4; i++) {
      login(phone, "wrong123", "10.2.1.0").andExpect(status().isUnauthorized());
    }
    long wait = 0;
    for (int i = 0; i < 15; i++) {
      time.setTo(time.now().plusSeconds(wait));
      login(phone, "wrong123", "10.2.0." + i).andExpect(status().isUnauthorized());
      wait = retryAfter(login(phone, "wrong123", "10.2.0." + i).andExpect(status().isTooManyRequests()));
      assertThat(wait).isLessThanOrEqualTo(300);
    }
    assertThat(wait).isEqualTo(300);

    time.setTo(time.now().plusSeconds(300));
    login(phone, PASSWORD, "10.2.1.1").andExpect(status().isOk());
  }

  @Test
  void anUnknownPhoneIsThrottledAndAnsweredLikeAKnownOne() throws Exception {
    String known = "13912350003";
    citizen.register(known, PASSWORD, "已知", "110101198001010133");
    String unknown = "13912359999";
    for (int i = 0; i < 5; i++) {
      login(known, "wrong123", "10.3.0.1").andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.code").value("LOGIN_FAILED"));
      login(unknown, "wrong123", "10.3.0.2").andExpect(status().isUnauthorized())
          .andExpect(jsonPath("$.code").value("LOGIN_FAILED"));
    }
    String knownAnswer = delayed(login(known, "wrong123", "10.3.0.1"), 1);
    String unknownAnswer = delayed(login(unknown, "wrong123", "10.3.0.2"), 1);
    assertThat(unknownAnswer).isEqualTo(knownAnswer);
  }

  private ResultActions login(String phone, String password, String address) throws Exception {
    return citizen.loginFrom(address, phone, password);
  }

  /** @return the body, for comparing answers */
  private static String delayed(ResultActions answer, long seconds) throws Exception {
    return answer.andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("LOGIN_DELAYED"))
        .andExpect(header().string("Retry-After", Long.toString(seconds)))
        .andReturn().getResponse().getContentAsString();
  }

  private static long retryAfter(ResultActions answer) {
    return Long.parseLong(answer.andReturn().getResponse().getHeader("Retry-After"));
  }
}
