package cn.trafficpolice.eservices.blacklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.validation.IdNumbers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SH-5: the internet blacklist. */
@RestIntegrationTest
class BlacklistServiceIT {

  @Autowired
  BlacklistService blacklist;
  @Autowired
  BlacklistGate gate;
  @Autowired
  EngineTime time;
  @Autowired
  CitizenClient citizen;

  /** A person of this test only: the demo citizens' records are shared by every test of the context. */
  private static String person(String sequence) {
    String first17 = "11010119800101" + sequence;
    return first17 + IdNumbers.checkCharacter(first17);
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void refusedParcelBlocksLicenceServicesForOneYearAndSaysWhyAndUntilWhen() { // SH-5, LL-9
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    String idNumber = person("001");
    BlacklistEntry entry = blacklist.add(idNumber, BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "拒收邮寄驾驶证",
        "LL-TEST-1");
    assertThat(entry.endsOn()).isEqualTo(LocalDate.of(2027, 11, 23));

    assertThatThrownBy(() -> gate.requireAdmitted(idNumber, Business.LICENCE_LOSS_REPLACEMENT))
        .isInstanceOf(BusinessException.class)
        .hasMessageContaining("拒收邮寄驾驶证").hasMessageContaining("2027-11-23")
        .extracting(e -> ((BusinessException) e).code()).isEqualTo("BLACKLISTED");
    assertThatCode(() -> gate.requireAdmitted(idNumber, Business.ID_CARD_REISSUE)).doesNotThrowAnyException();

    time.setTo(LocalDateTime.of(2027, 11, 22, 23, 0));
    assertThat(blacklist.active(idNumber)).hasSize(1);
    time.setTo(LocalDateTime.of(2027, 11, 23, 0, 1));
    assertThat(blacklist.active(idNumber)).isEmpty();
  }

  @Test
  void unconfirmedPlateBlocksPreselectionForTwoYears() { // SH-5, PP-7
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    BlacklistEntry entry = blacklist.add(person("002"), BlacklistKind.PLATE_PRESELECTION, "预选号牌逾期未确认",
        "PP-TEST-1");
    assertThat(entry.endsOn()).isEqualTo(LocalDate.of(2028, 11, 23));
  }

  @Test
  void aRetriedJobDoesNotBlacklistTwice() { // SH-5: jobs run at least once
    String idNumber = person("003");
    blacklist.add(idNumber, BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "逾期未领取", "LL-TEST-2");
    blacklist.add(idNumber, BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "逾期未领取", "LL-TEST-2");
    assertThat(blacklist.active(idNumber)).hasSize(1);
  }

  @Test
  void aCitizenSeesTheirOwnEntries() throws Exception { // SH-5
    String idNumber = person("004");
    citizen.register("13912349004", "secret123", "黑名单", idNumber).andExpect(status().isCreated());
    blacklist.add(idNumber, BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "逾期未领取", "LL-TEST-3");
    String token = citizen.login("13912349004", "secret123");
    // real-name: the ID number is this citizen's, not a claim (see UnverifiedIdNumberClaimIT)
    citizen.post(token, "/api/v1/me/real-name-verification", Map.of("livenessToken", "pass"))
        .andExpect(status().isOk());
    citizen.get(token, "/api/v1/me/blacklist")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].kind").value("LICENCE_AND_VEHICLE_SERVICES"))
        .andExpect(jsonPath("$[0].reason").value("逾期未领取"));
  }
}
