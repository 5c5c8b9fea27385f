package cn.trafficpolice.eservices.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A verifier organisation (EL-5) scanning e-licence codes with its own credentials, HTTP Basic. */
public class VerifierClient {

  public static final String PATH = "/api/v1/verifications/e-licence";

  /** The demo verifiers of db/demo/V1100__demo_verifiers.sql, one per kind. */
  public static final Credentials POLICE = new Credentials("police-verifier", "police-demo");
  public static final Credentials INSURER = new Credentials("insurer-verifier", "insurer-demo");
  public static final Credentials RENTAL = new Credentials("rental-verifier", "rental-demo");

  private final MockMvc mvc;
  private final ObjectMapper json;

  public VerifierClient(MockMvc mvc, ObjectMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  public ResultActions verify(Credentials verifier, String code) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(PATH).with(httpBasic(verifier.username(), verifier.password()))
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("code", code))));
  }

  public JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  public record Credentials(String username, String password) {
  }
}
