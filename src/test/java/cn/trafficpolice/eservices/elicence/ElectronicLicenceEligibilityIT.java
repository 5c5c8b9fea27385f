package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** EL-1 through the REST front: every blocking reason is told at once, by one evaluation before submitting. */
@RestIntegrationTest
class ElectronicLicenceEligibilityIT {

  private static final String BASE = "/api/v1/e-licence";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void at() {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void cleanUp() {
    time.reset();
  }

  @Test
  void aCitizenOutsideTheRolloutWithASeizedLicenceIsToldBoth() throws Exception { // EL-1 EL-7
    String token = citizen.login(DemoCitizens.WANG_QIANG);
    String both = "驾驶证核发地（茂名市）尚未开通电子驾驶证；驾驶证状态为暂扣(D)，不能申领电子驾驶证";
    citizen.get(token, BASE + "/eligibility").andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.refusalCode").value(ElectronicLicenceErrors.OUTSIDE_ROLLOUT))
        .andExpect(jsonPath("$.refusalReason").value(both))
        .andExpect(jsonPath("$.reasons[*].code").value(contains(ElectronicLicenceErrors.OUTSIDE_ROLLOUT,
            ElectronicLicenceErrors.LICENCE_STATE_BLOCKS)))
        .andExpect(jsonPath("$.reasons[1].reason").value("驾驶证状态为暂扣(D)"));

    citizen.post(token, BASE + "/applications/with-retained-photo", Map.of("livenessToken", "pass"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(ElectronicLicenceErrors.OUTSIDE_ROLLOUT))
        .andExpect(jsonPath("$.detail").value(both))
        .andExpect(jsonPath("$.reasons[*].code").value(contains(ElectronicLicenceErrors.OUTSIDE_ROLLOUT,
            ElectronicLicenceErrors.LICENCE_STATE_BLOCKS)));
    assertThat(applications()).isZero();
  }

  @Test
  void validityAndEachBlockingStateAreToldTogether() throws Exception { // EL-1: DK and expired, in a rollout city
    String token = citizen.login(DemoCitizens.SONG_JIE);
    citizen.get(token, BASE + "/eligibility").andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.reasons[*].reason").value(contains("驾驶证已超过有效期（2026-06-15）",
            "驾驶证状态为暂扣(D)", "驾驶证状态为扣押(K)")))
        .andExpect(jsonPath("$.refusalReason")
            .value("驾驶证已超过有效期（2026-06-15）；驾驶证状态为暂扣(D)；驾驶证状态为扣押(K)，不能申领电子驾驶证"));

    citizen.post(token, BASE + "/applications/with-retained-photo", Map.of("livenessToken", "pass"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(ElectronicLicenceErrors.LICENCE_EXPIRED))
        .andExpect(jsonPath("$.reasons.length()").value(3));
    assertThat(applications()).isZero();
  }

  @ParameterizedTest
  @CsvSource({
      "13800000201, LICENCE_STATE_BLOCKS, 驾驶证状态为暂扣(D)",
      "13800000202, LICENCE_STATE_BLOCKS, 驾驶证状态为注销(G)",
      "13800000203, LICENCE_STATE_BLOCKS, 驾驶证状态为延期体检(P)，且已逾期未体检",
      "13800000204, LICENCE_EXPIRED, 驾驶证已超过有效期（2026-03-01）",
      "13800000205, LICENCE_STATE_BLOCKS, 驾驶证状态为超分(B)",
      "13800000206, LICENCE_STATE_BLOCKS, 驾驶证状态为撤销(E)",
      "13800000207, LICENCE_STATE_BLOCKS, 驾驶证状态为吊销(F)",
      "13800000208, LICENCE_STATE_BLOCKS, 驾驶证状态为停止使用(J)",
      "13800000209, LICENCE_STATE_BLOCKS, 驾驶证状态为锁定(L)",
      "13800000210, LICENCE_STATE_BLOCKS, 驾驶证状态为扣留(U)"})
  void eachRefusalCanBeWalkedInARolloutCity(String phone, String code, String reason) throws Exception { // EL-1
    citizen.get(citizen.login(phone), BASE + "/eligibility").andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.reasons.length()").value(1))
        .andExpect(jsonPath("$.reasons[0].code").value(code))
        .andExpect(jsonPath("$.reasons[0].reason").value(reason));
  }

  private int applications() {
    return jdbc.sql("SELECT COUNT(*) FROM elicence_application").query(Integer.class).single();
  }
}
