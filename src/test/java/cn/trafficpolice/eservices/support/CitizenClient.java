package cn.trafficpolice.eservices.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A citizen using the REST front: registers, logs in, calls endpoints with the bearer token, reads the demo SMS
 * inbox.
 */
@TestComponent
public class CitizenClient {

  /** Every demo citizen's password (db/demo). */
  public static final String DEMO_PASSWORD = "Demo@12345";
  private static final Pattern CODE = Pattern.compile("验证码(\\d{6})");

  private final MockMvc mvc;
  private final ObjectMapper json;

  public CitizenClient(MockMvc mvc, ObjectMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  /** @return the bearer token of a demo citizen */
  public String login(String phone) throws Exception {
    return login(phone, DEMO_PASSWORD);
  }

  public String login(String phone, String password) throws Exception {
    String body = mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("phone", phone, "password", password))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return json.readTree(body).get("token").asText();
  }

  /** The whole login answer: token, refreshToken, expiresIn … */
  public JsonNode loginAnswer(String phone, String password) throws Exception {
    return read(post(null, "/api/v1/auth/login", Map.of("phone", phone, "password", password))
        .andExpect(status().isOk()));
  }

  /** A login attempt from the given client address (login throttling counts per phone and per address). */
  public ResultActions loginFrom(String address, String phone, String password) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/v1/auth/login")
        .with(request -> {
          request.setRemoteAddr(address);
          return request;
        })
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("phone", phone, "password", password))));
  }

  /**
   * Registers as a citizen does: asks for a registration code, reads it from the demo inbox without a token, and
   * sends the form with it.
   */
  public ResultActions register(String phone, String password, String name, String idNumber) throws Exception {
    requestRegistrationCode(phone).andExpect(status().isAccepted());
    return post(null, "/api/v1/auth/register", Map.of("phone", phone, "code", latestCode(null, phone),
        "password", password, "name", name, "idNumber", idNumber));
  }

  public ResultActions requestRegistrationCode(String phone) throws Exception {
    return post(null, "/api/v1/auth/registration-codes", Map.of("phone", phone));
  }

  public ResultActions get(String token, String path) throws Exception {
    return mvc.perform(auth(MockMvcRequestBuilders.get(path), token));
  }

  public ResultActions post(String token, String path, Object body) throws Exception {
    return mvc.perform(auth(MockMvcRequestBuilders.post(path), token)
        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
  }

  public JsonNode read(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  /** The newest 6-digit code the demo SMS inbox holds for the phone; without a token, registration codes only. */
  public String latestCode(String token, String phone) throws Exception {
    JsonNode inbox = read(get(token, "/api/v1/demo/sms-inbox?phone=" + phone).andExpect(status().isOk()));
    for (JsonNode sms : inbox) {
      Matcher m = CODE.matcher(sms.get("text").asText());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no code in the inbox of " + phone);
  }

  /** Requests a code for the purpose and reference to the citizen's own phone, and reads it from the inbox. */
  public String requestCode(String token, String phone, String purpose, String reference) throws Exception {
    post(token, "/api/v1/sms-codes", Map.of("purpose", purpose, "reference", reference))
        .andExpect(status().isAccepted());
    return latestCode(token, phone);
  }

  public MockMvc mvc() {
    return mvc;
  }

  private static MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String token) {
    return token == null ? request : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
  }
}
