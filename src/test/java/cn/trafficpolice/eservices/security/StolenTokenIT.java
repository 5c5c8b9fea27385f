package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Attack: a stolen access or refresh token. Access tokens carry an id and their session and live 15 minutes;
 * logout revokes the session in the database; a refresh token is single use, and replaying a used one revokes
 * its whole family.
 */
@RestIntegrationTest
class StolenTokenIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  JwtEncoder encoder;
  @Autowired
  ObjectMapper json;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void aLoggedOutTokenIsRefusedAtOnce() throws Exception {
    JsonNode login = citizen.loginAnswer(DemoCitizens.ZHANG_WEI, CitizenClient.DEMO_PASSWORD);
    String token = login.get("token").asText();
    citizen.get(token, "/api/v1/me").andExpect(status().isOk());

    citizen.post(token, "/api/v1/auth/logout", Map.of()).andExpect(status().isNoContent());

    unauthenticated(citizen.get(token, "/api/v1/me"));
    citizen.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", login.get("refreshToken").asText()))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("REFRESH_TOKEN_INVALID"));
  }

  @Test
  void everyAccessTokenHasItsOwnIdAndLivesFifteenMinutes() throws Exception {
    JsonNode first = citizen.loginAnswer(DemoCitizens.ZHANG_WEI, CitizenClient.DEMO_PASSWORD);
    JsonNode second = citizen.loginAnswer(DemoCitizens.ZHANG_WEI, CitizenClient.DEMO_PASSWORD);
    assertThat(first.get("expiresIn").asLong()).isEqualTo(900);
    assertThat(claims(first.get("token").asText()).get("jti").asText())
        .isNotBlank().isNotEqualTo(claims(second.get("token").asText()).get("jti").asText());

    String token = first.get("token").asText();
    time.setTo(time.now().plusMinutes(14));
    citizen.get(token, "/api/v1/me").andExpect(status().isOk());
    time.setTo(time.now().plusMinutes(3));
    unauthenticated(citizen.get(token, "/api/v1/me"));
  }

  @Test
  void aRefreshTokenRenewsOnceAndIsRotated() throws Exception {
    JsonNode login = citizen.loginAnswer(DemoCitizens.LI_NA, CitizenClient.DEMO_PASSWORD);
    time.setTo(time.now().plusMinutes(20));
    JsonNode renewed = refresh(login.get("refreshToken").asText()).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString().transform(this::parse);
    assertThat(renewed.get("refreshToken").asText()).isNotEqualTo(login.get("refreshToken").asText());
    citizen.get(renewed.get("token").asText(), "/api/v1/me").andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("李娜"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM refresh_token WHERE token_hash IN (:a, :b)")
        .param("a", login.get("refreshToken").asText()).param("b", renewed.get("refreshToken").asText())
        .query(Integer.class).single()).as("only an HMAC is stored").isZero();
  }

  @Test
  void replayingAUsedRefreshTokenRevokesTheWholeFamily() throws Exception {
    JsonNode login = citizen.loginAnswer(DemoCitizens.WANG_QIANG, CitizenClient.DEMO_PASSWORD);
    String stolen = login.get("refreshToken").asText();
    JsonNode owners = parse(refresh(stolen).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString());

    refresh(stolen).andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("REFRESH_TOKEN_INVALID"));

    unauthenticated(citizen.get(owners.get("token").asText(), "/api/v1/me"));
    refresh(owners.get("refreshToken").asText()).andExpect(status().isUnauthorized());
  }

  @Test
  void aValidlySignedTokenWithoutASessionIsRefused() throws Exception {
    Instant now = Instant.now();
    JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenService.ISSUER).subject("1").issuedAt(now)
        .expiresAt(now.plusSeconds(600)).claim("scope", Roles.CITIZEN).build();
    String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
        .getTokenValue();
    unauthenticated(citizen.get(token, "/api/v1/me"));
  }

  private ResultActions refresh(String refreshToken) throws Exception {
    return citizen.post(null, "/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
  }

  private static void unauthenticated(ResultActions answer) throws Exception {
    answer.andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
  }

  private JsonNode claims(String token) {
    return parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
  }

  private JsonNode parse(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
