package cn.trafficpolice.eservices.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RestIntegrationTest
class DemoClockIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void theDemoClockMovesForwardOnlyAndSaysSo() throws Exception {
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    LocalDateTime target = LocalDateTime.now(EngineTime.CHINA).plusDays(3).truncatedTo(ChronoUnit.MINUTES);
    citizen.post(token, "/api/v1/demo/clock", Map.of("to", target.toString())).andExpect(status().isOk());
    assertThat(time.now()).isBetween(target, target.plusMinutes(1));

    token = citizen.login(DemoCitizens.ZHANG_WEI); // three days on, the old token has expired
    citizen.post(token, "/api/v1/demo/clock", Map.of("to", target.minusDays(2).toString()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("CLOCK_BACKWARDS"))
        .andExpect(jsonPath("$.detail").value(containsString("只能向后")));
    assertThat(time.now()).isAfterOrEqualTo(target);
  }
}
