package cn.trafficpolice.eservices.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** SH-1: organisations (单位用户) by their credit code, and the real-name citizens registered as their agents. */
@RestIntegrationTest
class OrganisationsIT {

  private static final String PATH = "/api/v1/operations/organisations";
  /** 91440800MA4W00001 + its check character F (GB 32100), a Zhanjiang organisation of this test only. */
  private static final String ZHANJIANG_CODE = "91440800MA4W00001F";
  private static final String WU_DAN_ID = "440802199104170100";
  private static final String DEMO_ORGANISATION = "91370100MA3C00001H";

  @Autowired
  CitizenClient citizen;
  @Autowired
  ObjectMapper json;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void removeTheTestOrganisation() {
    jdbc.sql("DELETE FROM organisation_agent WHERE credit_code = :code").param("code", ZHANJIANG_CODE).update();
    jdbc.sql("DELETE FROM organisation WHERE credit_code = :code").param("code", ZHANJIANG_CODE).update();
  }

  @Test
  void anOperatorRegistersAnOrganisationAndItsAgentWhoThenActsForIt() throws Exception { // SH-1 PP-10 NF-2
    register(ZHANJIANG_CODE).andExpect(status().isCreated())
        .andExpect(jsonPath("$.creditCode").value(ZHANJIANG_CODE))
        .andExpect(jsonPath("$.officeCode").value("440800"));
    operator(post(PATH + "/" + ZHANJIANG_CODE + "/agents"), Map.of("idNumber", WU_DAN_ID))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value("吴丹"))
        .andExpect(jsonPath("$[0].registeredBy").value("admin"));
    // registering the same agent again changes nothing
    operator(post(PATH + "/" + ZHANJIANG_CODE + "/agents"), Map.of("idNumber", WU_DAN_ID))
        .andExpect(jsonPath("$.length()").value(1));

    String wuDan = citizen.login(DemoCitizens.WU_DAN);
    citizen.get(wuDan, "/api/v1/me/organisations").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].creditCode").value(ZHANJIANG_CODE))
        .andExpect(jsonPath("$[0].name").value("湛江港湾物流有限公司"));

    long wuDanId = citizen.read(citizen.get(wuDan, "/api/v1/me")).get("id").asLong();
    operator(delete(PATH + "/" + ZHANJIANG_CODE + "/agents/" + wuDanId), null).andExpect(status().isNoContent());
    citizen.get(wuDan, "/api/v1/me/organisations").andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void aCreditCodeWithAWrongCheckCharacterIsRefused() throws Exception { // SH-1
    register("91440800MA4W00001G").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("CREDIT_CODE_INVALID"));
    operator(get(PATH + "/91370100MA3C00001X"), null).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("CREDIT_CODE_INVALID"));
  }

  @Test
  void anOrganisationIsRegisteredOnce() throws Exception { // SH-1
    register(ZHANJIANG_CODE).andExpect(status().isCreated());
    register(ZHANJIANG_CODE).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ORGANISATION_EXISTS"));
  }

  @Test
  void onlyARealNameAccountBecomesAnAgent() throws Exception { // SH-1
    register(ZHANJIANG_CODE).andExpect(status().isCreated());
    operator(post(PATH + "/" + ZHANJIANG_CODE + "/agents"), Map.of("idNumber", DemoCitizens.ZHOU_JIE_ID))
        .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("AGENT_NOT_REAL_NAME"));
  }

  @Test
  void theDemoOrganisationHasHuangMinAsItsAgent() throws Exception { // PP-10 NF-2, demo data
    operator(get(PATH + "/" + DEMO_ORGANISATION), null).andExpect(status().isOk())
        .andExpect(jsonPath("$.organisation.name").value("济南顺达科技有限公司"))
        .andExpect(jsonPath("$.organisation.officeCode").value("370100"))
        .andExpect(jsonPath("$.agents[0].name").value("黄敏"));
    citizen.get(citizen.login(DemoCitizens.HUANG_MIN), "/api/v1/me/organisations")
        .andExpect(jsonPath("$[0].creditCode").value(DEMO_ORGANISATION));
  }

  @Test
  void citizensAndReviewersCannotRegisterOrganisations() throws Exception { // SH-1
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    citizen.post(token, PATH, organisation(ZHANJIANG_CODE)).andExpect(status().isUnauthorized());
    citizen.mvc().perform(post(PATH).with(httpBasic("photo.reviewer", CitizenClient.DEMO_PASSWORD))
            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(organisation(ZHANJIANG_CODE))))
        .andExpect(status().isForbidden());
  }

  private ResultActions register(String creditCode) throws Exception {
    return operator(post(PATH), organisation(creditCode));
  }

  private static Map<String, Object> organisation(String creditCode) {
    return Map.of("creditCode", creditCode, "name", "湛江港湾物流有限公司", "officeCode", "440800",
        "phone", "13900000020");
  }

  private ResultActions operator(MockHttpServletRequestBuilder request, Object body) throws Exception {
    request.with(httpBasic("admin", "admin"));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return citizen.mvc().perform(request);
  }
}
