package cn.trafficpolice.eservices.address;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** LL-4: the citizen's address book — add, set default, delete — and nobody else's. */
@RestIntegrationTest
class AddressBookIT {

  private static final String BOOK = "/api/v1/me/addresses";

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;

  String token;

  @BeforeEach
  void freshCitizen() throws Exception {
    token = citizen.login(new LicenceHolders(jdbc, passwords).create("A").phone());
  }

  @Test
  void theFirstAddressIsTheDefaultUntilAnotherIsChosen() throws Exception { // LL-4
    long first = add("海滨大道北1号", false);
    long second = add("人民大道中2号", false);
    citizen.get(token, BOOK).andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].id").value(first))
        .andExpect(jsonPath("$[0].isDefault").value(true))
        .andExpect(jsonPath("$[1].isDefault").value(false));

    put(BOOK + "/" + second + "/default").andExpect(status().isNoContent());
    citizen.get(token, BOOK).andExpect(jsonPath("$[0].id").value(second))
        .andExpect(jsonPath("$[1].isDefault").value(false));

    long third = add("油城十路3号", true);
    citizen.get(token, BOOK).andExpect(jsonPath("$[0].id").value(third));
  }

  @Test
  void deletingTheDefaultHandsItToTheNewestRemaining() throws Exception { // LL-4
    long first = add("海滨大道北1号", false);
    add("人民大道中2号", false);
    long newest = add("油城十路3号", false);

    delete(BOOK + "/" + first).andExpect(status().isNoContent());
    citizen.get(token, BOOK).andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].id").value(newest))
        .andExpect(jsonPath("$[0].isDefault").value(true));
  }

  @Test
  void anotherCitizensAddressIsNotFound() throws Exception { // DESIGN: anything else answers 404
    long mine = add("海滨大道北1号", false);
    token = citizen.login(new LicenceHolders(jdbc, passwords).create("A").phone());

    put(BOOK + "/" + mine + "/default").andExpect(status().isNotFound());
    delete(BOOK + "/" + mine).andExpect(status().isNotFound());
    citizen.get(token, BOOK).andExpect(jsonPath("$.length()").value(0));
  }

  @Test
  void anAddressNeedsARecipientAndAValidPhone() throws Exception { // SH-7
    Map<String, Object> address = address("海滨大道北1号", false);
    address.put("phone", "12345");
    citizen.post(token, BOOK, address).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("PHONE_INVALID"));
    address.put("phone", "13912345678");
    address.put("recipient", " ");
    citizen.post(token, BOOK, address).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
  }

  private long add(String detail, boolean makeDefault) throws Exception {
    return citizen.read(citizen.post(token, BOOK, address(detail, makeDefault)).andExpect(status().isCreated()))
        .get("id").asLong();
  }

  private static Map<String, Object> address(String detail, boolean makeDefault) {
    Map<String, Object> address = new HashMap<>(Map.of("recipient", "张伟", "phone", "13912345678",
        "province", "广东省", "city", "湛江市", "district", "赤坎区", "detail", detail));
    address.put("makeDefault", makeDefault);
    return address;
  }

  private ResultActions put(String path) throws Exception {
    return citizen.mvc().perform(MockMvcRequestBuilders.put(path).header("Authorization", "Bearer " + token));
  }

  private ResultActions delete(String path) throws Exception {
    return citizen.mvc().perform(MockMvcRequestBuilders.delete(path).header("Authorization", "Bearer " + token));
  }
}
