package cn.trafficpolice.eservices.blacklist;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/**
 * SH-5 reach: the licence-and-vehicle blacklist bars every traffic business (LL, EL, NF, PP, PA) at its eligibility
 * endpoint and at its submission; the plate blacklist bars plate pre-selection only; the ID card is no traffic
 * business. 张伟 is real-name, holds a normal licence and a household record, so nothing else refuses him.
 */
@RestIntegrationTest
class BlacklistReachIT {

  private static final String SOURCE = "SH5-REACH";
  private static final String REFUSED_PARCEL = "拒绝签收邮寄的驾驶证";
  private static final String UNCONFIRMED_PLATE = "预选号牌未在有效期内到车管所确认";
  private static final String ONE_YEAR_LATER = "2027-11-23";
  private static final String TWO_YEARS_LATER = "2028-11-23";
  private static final String ANY_VIN = "LSGZG5359NS000005";

  @Autowired
  CitizenClient citizen;
  @Autowired
  BlacklistService blacklist;
  @Autowired
  EngineTime time;
  @Autowired
  JdbcClient jdbc;

  String zhang;

  @BeforeEach
  void zhangWeiLoggedIn() throws Exception {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
    zhang = citizen.login(DemoCitizens.ZHANG_WEI);
  }

  @AfterEach
  void clearBlacklist() {
    jdbc.sql("DELETE FROM blacklist_entry WHERE source_serial LIKE :source").param("source", SOURCE + "%").update();
    time.reset();
  }

  @Test
  void licenceLossIsRefusedBeforeAndAtSubmission() throws Exception { // SH-5 LL
    blacklistedForTrafficBusiness();
    barred(citizen.get(zhang, "/api/v1/licence-loss/eligibility"), REFUSED_PARCEL, ONE_YEAR_LATER);
    barred(citizen.post(zhang, "/api/v1/licence-loss/applications", licenceLossSubmission()), REFUSED_PARCEL,
        ONE_YEAR_LATER);
  }

  @Test
  void electronicLicenceIsRefusedBeforeAndAtSubmission() throws Exception { // SH-5 EL
    blacklistedForTrafficBusiness();
    barred(citizen.get(zhang, "/api/v1/e-licence/eligibility"), REFUSED_PARCEL, ONE_YEAR_LATER);
    barred(citizen.post(zhang, "/api/v1/e-licence/applications/with-retained-photo",
        Map.of("livenessToken", "pass")), REFUSED_PARCEL, ONE_YEAR_LATER);
  }

  @Test
  void vehicleFilingIsRefusedBeforeAndAtEitherWay() throws Exception { // SH-5 NF
    blacklistedForTrafficBusiness();
    barred(citizen.get(zhang, "/api/v1/vehicle-filings/eligibility"), REFUSED_PARCEL, ONE_YEAR_LATER);
    barred(citizen.post(zhang, "/api/v1/vehicle-filings/owner-sms-codes",
        Map.of("plateType", "02", "plateNumber", "粤GA1234", "engineNumberSuffix", "123456")), REFUSED_PARCEL,
        ONE_YEAR_LATER);
    barred(citizen.post(zhang, "/api/v1/vehicle-filings/by-qr-code",
        Map.of("qrToken", "scanned", "relation", "SPOUSE", "livenessToken", "pass")), REFUSED_PARCEL,
        ONE_YEAR_LATER);
  }

  @Test
  void platePreselectionIsRefusedBeforeAndAtPhaseOne() throws Exception { // SH-5 PP
    blacklistedForTrafficBusiness();
    barred(citizen.get(zhang, "/api/v1/plate-preselections/eligibility"), REFUSED_PARCEL, ONE_YEAR_LATER);
    barred(startPreselection(), REFUSED_PARCEL, ONE_YEAR_LATER);
  }

  @Test
  void plateAppealIsRefusedBeforeAndAtSubmission() throws Exception { // SH-5 PA
    blacklistedForTrafficBusiness();
    barred(citizen.get(zhang, "/api/v1/plate-appeals/eligibility"), REFUSED_PARCEL, ONE_YEAR_LATER);
    barred(citizen.mvc().perform(multipart("/api/v1/plate-appeals")
        .file(new MockMultipartFile("identityProof", "id.jpg", "image/jpeg", new byte[] {1}))
        .file(new MockMultipartFile("invoice", "invoice.jpg", "image/jpeg", new byte[] {1}))
        .param("vin", ANY_VIN).header(HttpHeaders.AUTHORIZATION, "Bearer " + zhang)), REFUSED_PARCEL,
        ONE_YEAR_LATER);
  }

  @Test
  void theIdCardIsNoTrafficBusiness() throws Exception { // SH-5 ID
    blacklistedForTrafficBusiness();
    citizen.get(zhang, "/api/v1/id-card-reissues/eligibility").andExpect(status().isOk())
        .andExpect(jsonPath("$.eligible").value(true));
  }

  @Test
  void thePlateBlacklistBarsPlatePreselectionOnly() throws Exception { // SH-5 PP
    blacklist.add(DemoCitizens.ZHANG_WEI_ID, BlacklistKind.PLATE_PRESELECTION, UNCONFIRMED_PLATE, SOURCE + "-PP");
    barred(citizen.get(zhang, "/api/v1/plate-preselections/eligibility"), UNCONFIRMED_PLATE, TWO_YEARS_LATER);
    barred(startPreselection(), UNCONFIRMED_PLATE, TWO_YEARS_LATER);

    for (String path : new String[] {"/api/v1/licence-loss/eligibility", "/api/v1/e-licence/eligibility",
        "/api/v1/vehicle-filings/eligibility", "/api/v1/plate-appeals/eligibility",
        "/api/v1/id-card-reissues/eligibility"}) {
      citizen.get(zhang, path).andExpect(status().isOk()).andExpect(jsonPath("$.eligible").value(true));
    }
  }

  @Test
  void aCitizenNotBlacklistedIsToldHeMayGoOn() throws Exception { // SH-5
    citizen.get(zhang, "/api/v1/licence-loss/eligibility").andExpect(status().isOk())
        .andExpect(jsonPath("$.business").value("LICENCE_LOSS_REPLACEMENT"))
        .andExpect(jsonPath("$.businessName").value("驾驶证遗失补证"))
        .andExpect(jsonPath("$.eligible").value(true));
  }

  private void blacklistedForTrafficBusiness() {
    blacklist.add(DemoCitizens.ZHANG_WEI_ID, BlacklistKind.LICENCE_AND_VEHICLE_SERVICES, REFUSED_PARCEL,
        SOURCE + "-LL");
  }

  private ResultActions startPreselection() throws Exception {
    return citizen.post(zhang, "/api/v1/plate-preselections", Map.of("vin", ANY_VIN,
        "certificateNumber", "WBJ440800000005", "officeCode", "440800", "noticeAccepted", true));
  }

  /** 403 problem+json naming the reason and the day the business opens again, in words and as fields. */
  private static void barred(ResultActions result, String reason, String until) throws Exception {
    result.andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("BLACKLISTED"))
        .andExpect(jsonPath("$.detail").value(containsString(reason)))
        .andExpect(jsonPath("$.detail").value(containsString(until)))
        .andExpect(jsonPath("$.blacklistReason").value(reason))
        .andExpect(jsonPath("$.blacklistedUntil").value(until));
  }

  private static Map<String, Object> licenceLossSubmission() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("noticeAgreed", true);
    body.put("declarationConfirmed", true);
    body.put("licenceInfoConfirmed", true);
    body.put("deliveryMethod", "WINDOW");
    body.put("pickupSiteId", "ZJ-CGS");
    body.put("smsCode", "000000");
    return body;
  }
}
