package cn.trafficpolice.eservices.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.VerifierClient;
import cn.trafficpolice.eservices.support.VerifierClient.Credentials;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * EL-5 attacks on the verifiers' door: only a registered, enabled verifier organisation verifies, and its
 * credentials open nothing else.
 */
@RestIntegrationTest
class VerifierCredentialsIT {

  private static final String BODY = "{\"code\":\"x\"}";

  @Autowired
  MockMvc mvc;
  @Autowired
  CitizenClient citizen;

  @Test
  void aCitizensTokenCannotVerify() throws Exception { // EL-5
    String token = citizen.login(DemoCitizens.XU_MING);
    citizen.post(token, VerifierClient.PATH, Map.of("code", "x")).andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    // the citizens' former verification path verifies nothing any more
    citizen.post(token, "/api/v1/e-licence/verifications", Map.of("code", "x"))
        .andExpect(status().isMethodNotAllowed());
  }

  @Test
  void anUnknownVerifierOrAWrongPasswordIsRefused() throws Exception { // EL-5
    verifyAs(new Credentials("garage-verifier", "garage-demo")).andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    verifyAs(new Credentials(VerifierClient.POLICE.username(), "insurer-demo")).andExpect(status().isUnauthorized());
    mvc.perform(post(VerifierClient.PATH).contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anOutsideSystemIsNoVerifier() throws Exception { // EL-5
    verifyAs(new Credentials("postal-service", "postal-demo")).andExpect(status().isUnauthorized());
  }

  @Test
  void aVerifierReadsNothingButTheVerification() throws Exception { // EL-5
    Credentials police = VerifierClient.POLICE;
    // inside the verifiers' door: only the verification itself
    mvc.perform(get(VerifierClient.PATH).with(httpBasic(police.username(), police.password())))
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("FORBIDDEN"));
    mvc.perform(get("/api/v1/verifications/records").with(httpBasic(police.username(), police.password())))
        .andExpect(status().isForbidden());
    // elsewhere a verifier's credentials are no credentials at all
    for (String path : new String[] {"/api/v1/e-licence", "/api/v1/e-licence/verifications", "/api/v1/applications",
        "/api/v1/me", "/api/v1/operations/verifiers", "/actuator/metrics"}) {
      mvc.perform(get(path).with(httpBasic(police.username(), police.password())))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(post("/api/v1/systems/licence-registry/licences/" + DemoCitizens.ZHANG_WEI_ID + "/changes")
            .with(httpBasic(police.username(), police.password()))
            .contentType(MediaType.APPLICATION_JSON).content("{\"changeId\":\"X1\",\"accumulatedPoints\":0}"))
        .andExpect(status().isUnauthorized());
  }

  private ResultActions verifyAs(Credentials verifier) throws Exception {
    return mvc.perform(post(VerifierClient.PATH).with(httpBasic(verifier.username(), verifier.password()))
        .contentType(MediaType.APPLICATION_JSON).content(BODY));
  }
}
