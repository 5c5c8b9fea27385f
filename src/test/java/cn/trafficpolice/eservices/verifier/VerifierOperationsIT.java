package cn.trafficpolice.eservices.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.VerifierClient;
import cn.trafficpolice.eservices.support.VerifierClient.Credentials;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** EL-5 outside the demo: operators register verifier organisations, and disable them. */
@RestIntegrationTest
class VerifierOperationsIT {

  private static final String PATH = "/api/v1/operations/verifiers";

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  CitizenClient citizen;

  @Test
  void anOperatorRegistersAVerifierWhoseCredentialsAreStoredHashed() throws Exception { // EL-5
    Credentials insurer = new Credentials("maoming-insurer", "Maoming-insurer-2026");
    operator(post(PATH), Map.of("username", insurer.username(), "organisation", "茂名示范保险有限公司",
            "kind", "INSURER", "password", insurer.password()))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("INSURER"))
        .andExpect(jsonPath("$.enabled").value(true)).andExpect(jsonPath("$.passwordHash").doesNotExist());

    String stored = jdbc.sql("SELECT password_hash FROM verifier_client WHERE username = :u")
        .param("u", insurer.username()).query(String.class).single();
    assertThat(stored).startsWith("{bcrypt}").doesNotContain(insurer.password());
    new VerifierClient(mvc, json).verify(insurer, "not-a-code").andExpect(status().isOk())
        .andExpect(jsonPath("$.outcome").value("INVALID_SIGNATURE"));
    mvc.perform(get(PATH).with(httpBasic("admin", "admin"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.username == 'maoming-insurer')].organisation").value("茂名示范保险有限公司"));
  }

  @Test
  void aDisabledVerifierIsRefusedUntilEnabledAgain() throws Exception { // EL-5
    Credentials rental = new Credentials("disabled-rental", "Disabled-rental-2026");
    operator(post(PATH), Map.of("username", rental.username(), "organisation", "济南示范租车有限公司",
        "kind", "RENTAL", "password", rental.password())).andExpect(status().isCreated());
    VerifierClient verifiers = new VerifierClient(mvc, json);

    operator(put(PATH + "/" + rental.username() + "/enabled"), Map.of("enabled", false))
        .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
    verifiers.verify(rental, "x").andExpect(status().isUnauthorized());

    operator(put(PATH + "/" + rental.username() + "/enabled"), Map.of("enabled", true)).andExpect(status().isOk());
    verifiers.verify(rental, "x").andExpect(status().isOk());
  }

  @Test
  void aTakenNameOrBadInputIsRefusedAndNothingIsStored() throws Exception { // EL-5
    operator(post(PATH), Map.of("username", "police-verifier", "organisation", "冒名单位", "kind", "POLICE",
        "password", "Another-password-1")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("VERIFIER_EXISTS"));
    operator(post(PATH), Map.of("username", "short-password", "organisation", "某单位", "kind", "POLICE",
        "password", "short")).andExpect(status().isBadRequest());
    operator(post(PATH), Map.of("username", "bad-kind", "organisation", "某单位", "kind", "GARAGE",
        "password", "Long-enough-password-1")).andExpect(status().isBadRequest());
    operator(put(PATH + "/nobody-here/enabled"), Map.of("enabled", false)).andExpect(status().isNotFound());

    assertThat(jdbc.sql("SELECT COUNT(*) FROM verifier_client WHERE username IN ('short-password', 'bad-kind')")
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT organisation FROM verifier_client WHERE username = 'police-verifier'")
        .query(String.class).single()).isEqualTo("湛江市公安局交通警察支队");
  }

  @Test
  void onlyOperatorsManageVerifiers() throws Exception { // EL-5
    String body = json.writeValueAsString(Map.of("username", "rogue-verifier", "organisation", "冒名单位",
        "kind", "POLICE", "password", "Rogue-password-2026"));
    mvc.perform(post(PATH).with(httpBasic("police-verifier", "police-demo"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isUnauthorized());
    citizen.post(citizen.login(DemoCitizens.XU_MING), PATH, json.readTree(body))
        .andExpect(status().isUnauthorized());
    mvc.perform(post(PATH).with(httpBasic("photo.reviewer", "Demo@12345"))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM verifier_client WHERE username = 'rogue-verifier'")
        .query(Long.class).single()).isZero();
  }

  private ResultActions operator(MockHttpServletRequestBuilder request, Object body) throws Exception {
    return mvc.perform(request.with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body)));
  }
}
