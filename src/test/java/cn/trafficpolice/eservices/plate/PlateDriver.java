package cn.trafficpolice.eservices.plate;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.plateappeal.PlateSelectionAppealProcess;
import cn.trafficpolice.eservices.support.CitizenClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** Drives plate pre-selection through its REST front, as the tests' citizens would, and cleans up after them. */
public final class PlateDriver {

  public static final String BASE = "/api/v1/plate-preselections";
  /** 张伟's new small car and small new-energy car, to be registered in 湛江 (440800). */
  public static final String ZHANG_CAR_VIN = "LSGZG5359NS000005";
  public static final String ZHANG_CAR_CERT = "WBJ440800000005";
  public static final String ZHANG_NEV_VIN = "LHGRT3851N8000006";
  public static final String ZHANG_NEV_CERT = "WBJ440800000006";
  /** 周杰's (non-real-name) new cars: one for 茂名 (440900), one for 济南 blocked by a dealer's pre-selection. */
  public static final String ZHOU_CAR_VIN = "LFMAPE2C2N0000008";
  public static final String ZHOU_CAR_CERT = "WBJ440900000008";
  public static final String ZHOU_BLOCKED_VIN = "LDC643T45N3000009";
  public static final String ZHOU_BLOCKED_CERT = "WBJ370100000009";
  /** 粤K12345, registered. */
  public static final String REGISTERED_VIN = "LVHRS5872N7000007";

  private final CitizenClient citizen;
  private final JdbcClient jdbc;
  private final ProcessEngine engine;

  public PlateDriver(CitizenClient citizen, JdbcClient jdbc, ProcessEngine engine) {
    this.citizen = citizen;
    this.jdbc = jdbc;
    this.engine = engine;
  }

  /** Back to the demo data: no pre-selection but the dealer's, a full pool, no appeal, no plate blacklist. */
  public void cleanUp() {
    for (String key : List.of(PlatePreselectionProcess.KEY, PlateSelectionAppealProcess.KEY)) {
      List<String> ids = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
          .stream().map(ProcessInstance::getId).toList();
      if (!ids.isEmpty()) {
        engine.getRuntimeService().deleteProcessInstances(ids, "test clean-up", true, true);
      }
    }
    jdbc.sql("DELETE FROM plate_appeal").update();
    jdbc.sql("DELETE FROM photo WHERE purpose LIKE 'PLATE_APPEAL%'").update();
    jdbc.sql("DELETE FROM plate_selection WHERE holder_ref <> 'DEALER-DEMO-0001'").update();
    jdbc.sql("""
        UPDATE plate_selection SET status = 'SELECTED', open_vin = vin, ended_at = NULL
        WHERE holder_ref = 'DEALER-DEMO-0001'""").update();
    jdbc.sql("UPDATE plate_pool SET status = 'AVAILABLE', holder_ref = NULL, held_until = NULL").update();
    jdbc.sql("UPDATE plate_pool SET status = 'RESERVED', holder_ref = 'DEALER-DEMO-0001' WHERE plate_number = '鲁A00710'")
        .update();
    jdbc.sql("DELETE FROM application WHERE business IN ('PLATE_PRESELECTION', 'PLATE_SELECTION_APPEAL')").update();
    jdbc.sql("DELETE FROM sms_code WHERE purpose = 'PLATE_PRESELECTION'").update();
    jdbc.sql("DELETE FROM sms_send_quota").update();
    jdbc.sql("DELETE FROM blacklist_entry WHERE kind = 'PLATE_PRESELECTION'").update();
  }

  public ResultActions start(String token, String vin, String cert, String office) throws Exception {
    return citizen.post(token, BASE, Map.of("vin", vin, "certificateNumber", cert, "officeCode", office,
        "noticeAccepted", true));
  }

  /** Phase 1 passed; returns the selection id. */
  public long started(String token, String vin, String cert, String office) throws Exception {
    return citizen.read(start(token, vin, cert, office).andExpect(status().isCreated())).get("selectionId").asLong();
  }

  public ResultActions verify(String token, String phone, long selectionId, String vin) throws Exception {
    String code = citizen.requestCode(token, phone, "PLATE_PRESELECTION", vin);
    return citizen.post(token, BASE + "/" + selectionId + "/verification", Map.of("code", code));
  }

  /** Phase 1 and the SMS check passed; returns the selection id. */
  public long readyToSelect(String token, String phone, String vin, String cert, String office) throws Exception {
    long id = started(token, vin, cert, office);
    verify(token, phone, id, vin).andExpect(status().isOk());
    return id;
  }

  public ResultActions compose(String token, long selectionId, String... plates) throws Exception {
    return citizen.post(token, BASE + "/" + selectionId + "/self-composed-checks", Map.of("plates", List.of(plates)));
  }

  public ResultActions anotherBatch(String token, long selectionId) throws Exception {
    return citizen.post(token, BASE + "/" + selectionId + "/random-batches", Map.of());
  }

  public ResultActions pick(String token, long selectionId, String plate) throws Exception {
    return citizen.post(token, BASE + "/" + selectionId + "/random-selection", Map.of("plateNumber", plate));
  }

  public JsonNode read(ResultActions result) throws Exception {
    return citizen.read(result);
  }

  public String poolStatus(String plate) {
    return jdbc.sql("SELECT status FROM plate_pool WHERE plate_number = :p").param("p", plate).query(String.class)
        .single();
  }
}
