package cn.trafficpolice.eservices.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input never gives 500: each request below answers 4xx problem+json with a stable code. What MockMvc does not
 * parse as Tomcat does (body sizes, "//", multipart) is in {@link BadInputOverHttpIT}.
 */
@RestIntegrationTest
class BadInputIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  CitizenClient citizen;

  @Test
  void loginWithAPhoneLongerThanTheColumnIsA400() throws Exception {
    problem(mvc.perform(post("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
        .content("{\"phone\":\"138000000011234567890\",\"password\":\"x\"}")), 400, "PHONE_INVALID");
  }

  @Test
  void anInvalidValidatedQueryParameterIsA400() throws Exception {
    problem(mvc.perform(asCitizen(get("/api/v1/demo/sms-inbox?phone=12345"))), 400, "PHONE_INVALID");
  }

  @Test
  void anUnknownEnumValueInTheBodyIsA400() throws Exception {
    problem(mvc.perform(asCitizen(post("/api/v1/sms-codes")).contentType(MediaType.APPLICATION_JSON)
        .content("{\"purpose\":\"NO_SUCH_PURPOSE\",\"reference\":\"R\"}")), 400, "MALFORMED_REQUEST");
  }

  @Test
  void aMissingBodyIsA400() throws Exception {
    problem(mvc.perform(asCitizen(post("/api/v1/sms-codes")).contentType(MediaType.APPLICATION_JSON)),
        400, "MALFORMED_REQUEST");
  }

  @Test
  void aPathVariableOfTheWrongTypeIsA400() throws Exception {
    problem(mvc.perform(asCitizen(post("/api/v1/vehicle-filings/owned-vehicles/filings/not-a-number/unbind"))),
        400, "MALFORMED_REQUEST");
  }

  @Test
  void aWrongContentTypeIsA415() throws Exception {
    problem(mvc.perform(asCitizen(post("/api/v1/sms-codes")).contentType(MediaType.TEXT_PLAIN).content("x")),
        415, "UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void aMethodTheEndpointDoesNotTakeIsA405() throws Exception {
    problem(mvc.perform(asCitizen(put("/api/v1/sms-codes")).contentType(MediaType.APPLICATION_JSON).content("{}")),
        405, "METHOD_NOT_ALLOWED");
  }

  @Test
  void anUnsupportedAcceptIsA406() throws Exception {
    mvc.perform(asCitizen(get("/api/v1/me")).accept(MediaType.APPLICATION_XML)).andExpect(status().isNotAcceptable())
        .andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
  }

  @Test
  void aMatrixParameterInThePathIsA400() throws Exception {
    problem(mvc.perform(asCitizen(get("/api/v1/me;x=y"))), 400, "MALFORMED_REQUEST");
  }

  private MockHttpServletRequestBuilder asCitizen(MockHttpServletRequestBuilder request) throws Exception {
    return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + citizen.login(DemoCitizens.ZHANG_WEI));
  }

  private static void problem(ResultActions answer, int status, String code) throws Exception {
    answer.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value(code));
  }
}
