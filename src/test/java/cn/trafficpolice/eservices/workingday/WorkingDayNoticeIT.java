package cn.trafficpolice.eservices.workingday;

import static cn.trafficpolice.eservices.plate.PlateDriver.ZHANG_CAR_CERT;
import static cn.trafficpolice.eservices.plate.PlateDriver.ZHANG_CAR_VIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.plate.PlateDriver;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** SH-4: an operator loads next year's notice; validation, who may, and the running work that follows it. */
@RestIntegrationTest
class WorkingDayNoticeIT {

  static final String PATH = "/api/v1/operations/working-day-calendar/";
  static final String ADMIN = "admin";
  /** A reviewer of Tasklist, not in camunda-admin. */
  static final String REVIEWER = "photo.reviewer";

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  EngineTime time;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CitizenClient citizen;
  @Autowired
  WorkingDayExpressions workingDays;
  @Autowired
  MeterRegistry meters;

  @BeforeEach
  void december2026() {
    time.setTo(LocalDateTime.of(2026, 12, 18, 10, 0));
  }

  @AfterEach
  void provisional2027Again() {
    jdbc.sql("DELETE FROM calendar_day WHERE calendar_date >= DATE '2027-01-01'").update();
    jdbc.sql("DELETE FROM calendar_notice WHERE notice_year = 2027").update();
    time.reset();
  }

  @Test
  void plateValidityOverProvisionalJanuaryMovesOneDayEarlierWithTheNotice() throws Exception { // SH-4, PP-7
    PlateDriver plate = new PlateDriver(citizen, jdbc, engine);
    plate.cleanUp();
    String zhang = citizen.login(DemoCitizens.ZHANG_WEI);
    long selection = plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, ZHANG_CAR_VIN, ZHANG_CAR_CERT, "440800");
    // 15 working days from Fri 18 Dec 2026 over provisional 2027 (1 January off): closing of Mon 11 January
    String serial = plate.read(plate.compose(zhang, selection, "粤G12A46", "粤G498J8").andExpect(status().isOk())
        .andExpect(jsonPath("$.selection.validUntil").value("2027-01-11T17:30:00+08:00")))
        .at("/selection/serialNumber").asText();
    time.runDueJobs();
    String validity = timerDue("PlatePreselection");
    assertThat(validity).isEqualTo("2027-01-11T17:30");

    // an unaffected timer and a due date of a later start: created on 31 December, both reaching into 2027
    time.setTo(LocalDateTime.of(2026, 12, 31, 10, 0));
    ProcessInstance probe = startProbe();
    assertThat(timerDue("sh4Probe")).isEqualTo("2027-01-04T17:30");
    assertThat(taskDue(probe)).isEqualTo("2027-01-11T17:30");

    time.setTo(LocalDateTime.of(2027, 1, 5, 10, 0)); // recomputation must count from the creation, not today
    load(2027, notice2027(List.of(day("2027-01-10", "测试调休")))).andExpect(status().isOk())
        .andExpect(jsonPath("$.timersMoved").value(1)).andExpect(jsonPath("$.tasksMoved").value(1));

    // Sunday 10 January is now the 15th working day
    assertThat(timerDue("PlatePreselection")).isEqualTo("2027-01-10T17:30");
    citizen.get(citizen.login(DemoCitizens.ZHANG_WEI), "/api/v1/applications/" + serial)
        .andExpect(jsonPath("$.application.result").value(containsString("2027年1月10日17:30")));
    assertThat(jdbc.sql("SELECT valid_until FROM plate_selection WHERE serial_number = ?").param(serial)
        .query(OffsetDateTime.class).single().toInstant()).isEqualTo(at(LocalDateTime.of(2027, 1, 10, 17, 30))
        .toInstant());
    assertThat(timerDue("sh4Probe")).isEqualTo("2027-01-04T17:30");
    assertThat(taskDue(probe)).isEqualTo("2027-01-10T17:30");
  }

  @Test
  void the2026NoticeOfV2IsPublishedAnd2027IsProvisionalWithItsStatutoryDays() throws Exception { // SH-4
    operator(get(PATH + 2026)).andExpect(status().isOk()).andExpect(jsonPath("$.provisional").value(false))
        .andExpect(jsonPath("$.daysOff.length()").value(33)).andExpect(jsonPath("$.workingDays.length()").value(6));
    operator(get(PATH + 2027)).andExpect(status().isOk()).andExpect(jsonPath("$.provisional").value(true))
        .andExpect(jsonPath("$.daysOff.length()").value(13)).andExpect(jsonPath("$.daysOff[1].date").value("2027-02-05"));
  }

  @Test
  void statutoryDayMarkedWorkingIsRefusedAndNothingStored() throws Exception { // SH-4 validation
    Map<String, Object> notice = notice2027(List.of(day("2027-02-06", "春节调休")));
    removeDayOff(notice, "2027-02-06");
    refused(notice, "NOTICE_STATUTORY_DAY_NOT_OFF", "2027-02-06");
  }

  @Test
  void weekdayMarkedAdjustedWorkingIsRefusedAndNothingStored() throws Exception { // SH-4 validation
    refused(notice2027(List.of(day("2027-01-10", "调休"), day("2027-01-06", "调休"))),
        "NOTICE_WORKING_DAY_NOT_WEEKEND", "2027-01-06");
  }

  @Test
  void otherYearsDateIsRefusedAndNothingStored() throws Exception { // SH-4 validation
    Map<String, Object> notice = notice2027(List.of());
    daysOff(notice).add(day("2026-12-31", "元旦"));
    refused(notice, "NOTICE_DATE_OUTSIDE_YEAR", "2026-12-31");
  }

  @Test
  void yearFarOffIsRefused() throws Exception { // SH-4: 2072 for 2027 is a typing error
    load(2072, notice2027(List.of())).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("NOTICE_YEAR_NOT_ACCEPTED"));
    operator(get(PATH + 2024)).andExpect(status().isBadRequest());
  }

  @Test
  void dayBothOffAndWorkingAndDuplicatesAreRefused() throws Exception { // SH-4 validation
    refused(notice2027(List.of(day("2027-02-07", "调休"))), "NOTICE_DAY_OFF_AND_WORKING", "2027-02-07");
    Map<String, Object> duplicate = notice2027(List.of());
    daysOff(duplicate).add(day("2027-10-01", "国庆节"));
    refused(duplicate, "NOTICE_DUPLICATE_DATE", "2027-10-01");
  }

  @Test
  void anonymousCitizensAndReviewersCannotLoadANotice() throws Exception { // SH-4: the operators' door
    String body = json.writeValueAsString(notice2027(List.of()));
    mvc.perform(put(PATH + 2027).contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    String token = citizen.login(DemoCitizens.ZHANG_WEI);
    mvc.perform(put(PATH + 2027).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
        .content(body)).andExpect(status().isUnauthorized());
    mvc.perform(put(PATH + 2027).with(httpBasic(REVIEWER, CitizenClient.DEMO_PASSWORD))
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    // a wrong password of a real account would trip Camunda's login delay for the next tests
    mvc.perform(put(PATH + 2027).with(httpBasic("nobody", ADMIN)).contentType(MediaType.APPLICATION_JSON)
        .content(body)).andExpect(status().isUnauthorized());
    mvc.perform(get(PATH + 2027).with(httpBasic(REVIEWER, CitizenClient.DEMO_PASSWORD)))
        .andExpect(status().isForbidden());
    assertThat(rowsOf2027()).isZero();
    load(2027, notice2027(List.of())).andExpect(status().isOk());
    assertThat(rowsOf2027()).as("13 days and the notice").isEqualTo(14);
  }

  @Test
  void healthShowsOnlyStatusToAnyoneAndTheCalendarToOperators() throws Exception { // SH-4 provisional marked
    mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").exists())
        .andExpect(jsonPath("$.components").doesNotExist());
    operator(get("/actuator/health")).andExpect(jsonPath("$.components.workingDayCalendar.details.nextYear").value(2027))
        .andExpect(jsonPath("$.components.workingDayCalendar.details.nextYearProvisional").value(true));
    mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/metrics").with(httpBasic(REVIEWER, CitizenClient.DEMO_PASSWORD)))
        .andExpect(status().isForbidden());
    operator(get("/actuator/metrics/" + CalendarMonitoring.NEXT_YEAR_GAUGE))
        .andExpect(jsonPath("$.measurements[0].value").value(1.0));

    load(2027, notice2027(List.of())).andExpect(status().isOk());
    operator(get("/actuator/metrics/" + CalendarMonitoring.NEXT_YEAR_GAUGE))
        .andExpect(jsonPath("$.measurements[0].value").value(0.0));
  }

  @Test
  void nextYearShowsAsProvisionalFromTheFirstOfNovember() throws Exception { // SH-4
    time.setTo(LocalDateTime.of(2026, 10, 31, 23, 59));
    operator(get("/actuator/metrics/" + CalendarMonitoring.NEXT_YEAR_GAUGE))
        .andExpect(jsonPath("$.measurements[0].value").value(0.0));
    time.setTo(LocalDateTime.of(2026, 11, 1, 0, 0));
    operator(get("/actuator/metrics/" + CalendarMonitoring.NEXT_YEAR_GAUGE))
        .andExpect(jsonPath("$.measurements[0].value").value(1.0));
  }

  @Test
  void computationOverProvisionalYearIsCounted() throws Exception { // SH-4 provisional marked
    double before = provisionalCount();
    workingDays.closingAfterWorkingDays(at(LocalDateTime.of(2026, 12, 30, 10, 0)), 3);
    assertThat(provisionalCount()).isEqualTo(before + 1);
    workingDays.closingAfterWorkingDays(at(LocalDateTime.of(2026, 11, 2, 10, 0)), 3);
    assertThat(provisionalCount()).as("inside published 2026: not counted").isEqualTo(before + 1);
  }

  private void refused(Map<String, Object> notice, String code, String date) throws Exception {
    load(2027, notice).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.detail").value(containsString(date)));
    assertThat(rowsOf2027()).isZero();
    operator(get(PATH + 2027)).andExpect(jsonPath("$.provisional").value(true));
  }

  private ResultActions load(int year, Map<String, Object> notice) throws Exception {
    return operator(put(PATH + year).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(notice)));
  }

  private ResultActions operator(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(httpBasic(ADMIN, ADMIN)));
  }

  /** The 2027 statutory days off (written out, not computed) and the given adjusted working days. */
  static Map<String, Object> notice2027(List<Map<String, String>> workingDays) {
    List<Map<String, String>> off = new ArrayList<>();
    for (String date : List.of("2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
        "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03")) {
      off.add(day(date, "假日"));
    }
    return new HashMap<>(Map.of("daysOff", off, "workingDays", new ArrayList<>(workingDays)));
  }

  static Map<String, String> day(String date, String note) {
    return Map.of("date", date, "note", note);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, String>> daysOff(Map<String, Object> notice) {
    return (List<Map<String, String>>) notice.get("daysOff");
  }

  private static void removeDayOff(Map<String, Object> notice, String date) {
    daysOff(notice).removeIf(d -> d.get("date").equals(date));
  }

  private long rowsOf2027() {
    return jdbc.sql("SELECT COUNT(*) FROM calendar_day WHERE calendar_date >= DATE '2027-01-01'").query(Long.class)
        .single() + jdbc.sql("SELECT COUNT(*) FROM calendar_notice WHERE notice_year = 2027").query(Long.class).single();
  }

  private ProcessInstance startProbe() {
    BpmnModelInstance probe = Bpmn.createExecutableProcess("sh4Probe").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("probeTask").camundaDueDate("${workingDays.closingAfterWorkingDays(6)}")
        .boundaryEvent("probeTimer").cancelActivity(false).timerWithDate("${workingDays.closingAfterWorkingDays(1)}")
        .endEvent()
        .moveToActivity("probeTask").endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("sh4Probe.bpmn", probe).deploy();
    return engine.getRuntimeService().startProcessInstanceByKey("sh4Probe");
  }

  private String timerDue(String processKey) {
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(processKey).timers()
        .singleResult();
    return china(timer.getDuedate());
  }

  private String taskDue(ProcessInstance instance) {
    return china(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getDueDate());
  }

  private double provisionalCount() {
    Counter counter = meters.find(WorkingDayCalendar.PROVISIONAL_COUNTER)
        .tag("year", "2027").counter();
    return counter == null ? 0 : counter.count();
  }

  private static Date at(LocalDateTime chinaTime) {
    return Date.from(chinaTime.atZone(EngineTime.CHINA).toInstant());
  }

  private static String china(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), EngineTime.CHINA).toLocalDateTime().toString();
  }
}
