package cn.trafficpolice.eservices.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.ElectronicLicenceHolders;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Operations: the load balancer's probes, and the applications counted per business. */
@RestIntegrationTest
class OperationsEndpointsIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  MeterRegistry meters;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;

  @Test
  void probesAnswerAnyoneWithTheStatusAndOperatorsWithTheDatabaseAndTheEngine() throws Exception {
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
    mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
        .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
  }

  @Test
  void everySubmittedAndCompletedApplicationIsCountedForItsBusiness() throws Exception {
    double submitted = count("eservices.applications.submitted");
    double completed = count("eservices.applications.completed");

    new ElectronicLicenceHolders(citizen, jdbc, new LicenceHolders(jdbc, passwords), time).withELicence();

    assertThat(count("eservices.applications.submitted")).isEqualTo(submitted + 1);
    assertThat(count("eservices.applications.completed")).isEqualTo(completed + 1);
  }

  private double count(String name) {
    return meters.get(name).tag("business", "ElectronicLicenceApplication").counter().count();
  }
}
