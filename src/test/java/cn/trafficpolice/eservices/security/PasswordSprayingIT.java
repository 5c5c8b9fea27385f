package cn.trafficpolice.eservices.security;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Attack: one address tries a common password against many phones, staying under every phone's allowance. The
 * address has its own count (20 free attempts), so the spraying slows down while other addresses log in as usual.
 */
@RestIntegrationTest
class PasswordSprayingIT {

  private static final String SPRAYER = "10.9.9.9";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void oneAddressSprayingManyPhonesIsDelayedWhileOthersLogIn() throws Exception {
    time.setTo(LocalDateTime.of(2026, 11, 24, 10, 0));
    for (int i = 0; i < 20; i++) {
      login("139123600" + String.format("%02d", i), SPRAYER).andExpect(status().isUnauthorized());
    }
    login("13912360099", SPRAYER)
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.code").value("LOGIN_DELAYED"))
        .andExpect(header().string("Retry-After", "1"));

    citizen.loginFrom("10.9.9.10", DemoCitizens.WU_DAN, CitizenClient.DEMO_PASSWORD).andExpect(status().isOk());
  }

  private ResultActions login(String phone, String address) throws Exception {
    return citizen.loginFrom(address, phone, "Password1");
  }
}
