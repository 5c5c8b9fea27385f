package cn.trafficpolice.eservices.licenceloss;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.web.servlet.ResultActions;

/** A citizen going through the six steps of seed 000 on the REST front. */
class LicenceLossJourney {

  static final String SUBMIT = "/api/v1/licence-loss/applications";
  static final String CONFIRM = SUBMIT + "/confirmation";
  static final String ZHANJIANG_SITE = "ZJ-CGS";

  private final CitizenClient citizen;

  LicenceLossJourney(CitizenClient citizen) {
    this.citizen = citizen;
  }

  String login(Holder holder) throws Exception {
    return citizen.login(holder.phone());
  }

  long addAddress(String token) throws Exception {
    Map<String, Object> address = Map.of("recipient", "收件人", "phone", "13912345678", "province", "广东省",
        "city", "湛江市", "district", "赤坎区", "detail", "海滨大道北30号");
    return citizen.read(citizen.post(token, "/api/v1/me/addresses", address).andExpect(status().isCreated()))
        .get("id").asLong();
  }

  /**
   * A fresh SMS code not bound to any confirmation: enough to reach the submission's checks that come before the
   * code (LL-1..LL-4, SH-5), never to submit.
   */
  String code(String token, Holder holder) throws Exception {
    return citizen.requestCode(token, holder.phone(), "LICENCE_LOSS_SUBMIT", holder.licenceNumber());
  }

  /** Step 5 (LL-5): the confirmation of this application, then a fresh SMS code bound to it. */
  String confirmedCode(String token, Holder holder, Map<String, Object> application) throws Exception {
    Map<String, Object> draft = new LinkedHashMap<>(application);
    draft.remove("smsCode");
    String reference = citizen.read(citizen.post(token, CONFIRM, draft).andExpect(status().isOk()))
        .get("smsReference").asText();
    return citizen.requestCode(token, holder.phone(), "LICENCE_LOSS_SUBMIT", reference);
  }

  /** Confirms the application, asks for its SMS code and submits it with the code. */
  ResultActions confirmAndSubmit(String token, Holder holder, Map<String, Object> application) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(application);
    body.put("smsCode", confirmedCode(token, holder, application));
    return submit(token, body);
  }

  static Map<String, Object> postal(Long addressId, String code) {
    return submission("POSTAL", addressId, null, code);
  }

  static Map<String, Object> window(String siteId, String code) {
    return submission("WINDOW", null, siteId, code);
  }

  static Map<String, Object> submission(String method, Long addressId, String siteId, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("noticeAgreed", true);
    body.put("declarationConfirmed", true);
    body.put("licenceInfoConfirmed", true);
    body.put("deliveryMethod", method);
    body.put("addressId", addressId);
    body.put("pickupSiteId", siteId);
    body.put("smsCode", code);
    return body;
  }

  ResultActions submit(String token, Map<String, Object> body) throws Exception {
    return citizen.post(token, SUBMIT, body);
  }

  String submitPostal(Holder holder) throws Exception {
    String token = login(holder);
    long address = addAddress(token);
    return serialOf(confirmAndSubmit(token, holder, postal(address, null)));
  }

  String submitWindow(Holder holder) throws Exception {
    String token = login(holder);
    return serialOf(confirmAndSubmit(token, holder, window(ZHANJIANG_SITE, null)));
  }

  /** My applications: the application and its steps, read with a fresh login (the clock may have moved). */
  JsonNode application(Holder holder, String serial) throws Exception {
    return citizen.read(citizen.get(login(holder), "/api/v1/applications/" + serial)
        .andExpect(status().isOk()));
  }

  String statusOf(Holder holder, String serial) throws Exception {
    return application(holder, serial).at("/application/status").asText();
  }

  JsonNode inbox(Holder holder) throws Exception {
    return citizen.read(citizen.get(login(holder), "/api/v1/demo/sms-inbox?phone=" + holder.phone())
        .andExpect(status().isOk()));
  }

  private String serialOf(ResultActions submitted) throws Exception {
    return citizen.read(submitted.andExpect(status().isCreated())).get("serialNumber").asText();
  }
}
