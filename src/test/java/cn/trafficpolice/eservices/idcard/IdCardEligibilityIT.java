package cn.trafficpolice.eservices.idcard;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
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
import org.springframework.beans.factory.annotation.Autowired;

/** ID-1 for each demo household: eligible online, or every reason why not and the appointment offered. */
@RestIntegrationTest
class IdCardEligibilityIT {

  private static final String ELIGIBILITY = IdCardDriver.BASE + "/eligibility";

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;

  @BeforeEach
  void onAWorkingDay() {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void zhangWeiXuMingAndWuDanMayReissueOnline() throws Exception { // ID-1
    for (String phone : new String[] {DemoCitizens.ZHANG_WEI, DemoCitizens.XU_MING, DemoCitizens.WU_DAN}) {
      citizen.get(citizen.login(phone), ELIGIBILITY).andExpect(status().isOk())
          .andExpect(jsonPath("$.eligible").value(true))
          .andExpect(jsonPath("$.reasons.length()").value(0))
          .andExpect(jsonPath("$.offeredChannel").value("ONLINE"));
    }
  }

  @Test
  void wangQiangOfARemoteAreaMayReissueOnline() throws Exception { // ID-1 (remoteness only changes ID-4)
    citizen.get(citizen.login(DemoCitizens.WANG_QIANG), ELIGIBILITY)
        .andExpect(jsonPath("$.eligible").value(true));
  }

  @Test
  void liNaWithoutFingerprintsIsOfferedAnAppointment() throws Exception { // ID-1
    citizen.get(citizen.login(DemoCitizens.LI_NA), ELIGIBILITY).andExpect(status().isOk())
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.offeredChannel").value("APPOINTMENT"))
        .andExpect(jsonPath("$.reasons[*].code").value(containsInAnyOrder(
            IdCardEligibility.FINGERPRINTS_NOT_COLLECTED, IdCardEligibility.CARD_EXPIRED)));
  }

  @Test
  void liuFangWhoseHouseholdChangedIsOfferedAnAppointment() throws Exception { // ID-1
    String token = citizen.login(DemoCitizens.LIU_FANG);
    citizen.get(token, ELIGIBILITY)
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.reasons[*].code").value(containsInAnyOrder(IdCardEligibility.HOUSEHOLD_CHANGED)))
        .andExpect(jsonPath("$.reasons[0].message").value(containsString("2024-05-20")));

    citizen.post(token, IdCardDriver.BASE + "/online", Map.of("reason", "LOST", "addressId", 1))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(IdCardErrors.ONLINE_REISSUE_NOT_ELIGIBLE))
        .andExpect(jsonPath("$.detail").value(containsString("请预约办理")));
  }

  @Test
  void photoAndFingerprintsOutOfValidityAreReasons() throws Exception { // ID-1: 20 years, and the card's validity
    time.setTo(LocalDateTime.of(2030, 3, 1, 10, 0));
    citizen.get(citizen.login(DemoCitizens.WANG_QIANG), ELIGIBILITY)
        .andExpect(jsonPath("$.eligible").value(false))
        .andExpect(jsonPath("$.reasons[*].code").value(containsInAnyOrder(
            IdCardEligibility.PHOTO_OUT_OF_VALIDITY, IdCardEligibility.FINGERPRINTS_OUT_OF_VALIDITY,
            IdCardEligibility.CARD_EXPIRED)));
  }

  @Test
  void onlyRealNameCitizensWithAHouseholdRecordAreAnswered() throws Exception { // SH-1, ID-1
    citizen.get(citizen.login(DemoCitizens.ZHOU_JIE), ELIGIBILITY).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("REAL_NAME_REQUIRED"));
    citizen.get(citizen.login(DemoCitizens.CHEN_GANG), ELIGIBILITY).andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value(IdCardErrors.HOUSEHOLD_RECORD_NOT_FOUND));
    citizen.get(null, ELIGIBILITY).andExpect(status().isUnauthorized());
  }
}
