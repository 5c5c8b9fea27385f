package cn.trafficpolice.eservices.security;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.blacklist.BlacklistKind;
import cn.trafficpolice.eservices.blacklist.BlacklistService;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Attack: registering with another person's ID number (a claim nobody checks until real-name verification) to
 * see that person's data: their vehicles, their licence, their blacklist entries.
 */
@RestIntegrationTest
class UnverifiedIdNumberClaimIT {

  /** 徐明 of the demo data: real-name, owner of three vehicles, holder of a licence. */
  private static final String XU_MING_ID = "440802198706060115";

  @Autowired
  CitizenClient citizen;
  @Autowired
  BlacklistService blacklist;

  @Test
  void aClaimedIdNumberShowsNeitherVehiclesNorLicence() throws Exception {
    citizen.register("13912380001", "secret123", "徐明", XU_MING_ID);
    String claimant = citizen.login("13912380001", "secret123");
    citizen.get(claimant, "/api/v1/vehicle-filings/owned-vehicles")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("REAL_NAME_REQUIRED"));
    citizen.get(claimant, "/api/v1/e-licence/eligibility")
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("REAL_NAME_REQUIRED"));
  }

  @Test
  void aClaimedIdNumberDoesNotShowItsOwnersBlacklistEntries() throws Exception {
    String idNumber = "110101198001010176";
    citizen.register("13912380002", "secret123", "本人", idNumber);
    String owner = citizen.login("13912380002", "secret123");
    citizen.post(owner, "/api/v1/me/real-name-verification", Map.of("livenessToken", "pass"))
        .andExpect(status().isOk());
    blacklist.add(idNumber, BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, "逾期未领取", "LL-CLAIM-1");

    citizen.register("13912380003", "secret123", "冒用者", idNumber);
    String claimant = citizen.login("13912380003", "secret123");
    citizen.get(claimant, "/api/v1/me/blacklist").andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(0));
    citizen.get(owner, "/api/v1/me/blacklist").andExpect(jsonPath("$[0].reason").value("逾期未领取"));
  }
}
