package cn.trafficpolice.eservices.filing;

import static cn.trafficpolice.eservices.filing.FilingDriver.GA1234_VIN;
import static cn.trafficpolice.eservices.filing.FilingDriver.GD12345_VIN;
import static cn.trafficpolice.eservices.filing.FilingDriver.K12345_VIN;
import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

/**
 * NF-2 under concurrency: filings racing for the last places of a vehicle or of a filer. Run on H2 by
 * {@link ConcurrentFilingIT} and on PostgreSQL by {@link ConcurrentFilingPostgresIT}.
 */
abstract class ConcurrentFilingScenario {

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  FilingDriver filing;

  @BeforeEach
  void cleanUp() {
    filing = new FilingDriver(citizen, jdbc, engine);
    filing.cleanUp();
  }

  @Test
  void fiveCitizensFilingOneVehicleAtOnceLeaveExactlyThreeFilers() throws Exception { // NF-2
    String owner = citizen.login(DemoCitizens.XU_MING);
    List<Callable<ResultActions>> filings = new ArrayList<>();
    for (String phone : new String[] {DemoCitizens.ZHANG_WEI, DemoCitizens.LI_NA, DemoCitizens.LIU_FANG,
        DemoCitizens.CHEN_GANG, DemoCitizens.YANG_JING}) {
      String filer = citizen.login(phone);
      String qr = filing.scanQrCode(owner, GA1234_VIN);
      filings.add(() -> filing.fileByQrCode(filer, qr, "pass"));
    }

    Map<String, Long> outcomes = atOnce(filings);

    assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(
        Map.of("201", 3L, "422 VEHICLE_FILERS_LIMIT_REACHED", 2L));
    assertThat(filing.activeFilingsOf(GA1234_VIN)).isEqualTo(3);
  }

  @Test
  void oneCitizenFilingFiveVehiclesAtOnceKeepsExactlyThree() throws Exception { // NF-2
    String filer = citizen.login(DemoCitizens.HUANG_MIN);
    String xuMing = citizen.login(DemoCitizens.XU_MING);
    List<String> qrCodes = List.of(filing.scanQrCode(xuMing, GA1234_VIN), filing.scanQrCode(xuMing, GD12345_VIN),
        filing.scanQrCode(citizen.login(DemoCitizens.WANG_QIANG), K12345_VIN));
    String linHuiCode = ownerCode(filer, "02", "粤K8B888", "778899", FilingDriver.LIN_HUI_PHONE);
    String organisationCode = ownerCode(filer, "52", "鲁AF12345", "112233", FilingDriver.ORGANISATION_PHONE);
    List<Callable<ResultActions>> filings = new ArrayList<>();
    qrCodes.forEach(qr -> filings.add(() -> filing.fileByQrCode(filer, qr, "pass")));
    filings.add(() -> filing.fileBySmsCode(filer, "02", "粤K8B888", "778899", linHuiCode, "pass"));
    filings.add(() -> filing.fileBySmsCode(filer, "52", "鲁AF12345", "112233", organisationCode, "pass"));

    Map<String, Long> outcomes = atOnce(filings);

    assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("201", 3L, "422 FILING_LIMIT_REACHED", 2L));
    long filerId = citizen.read(citizen.get(filer, "/api/v1/me")).get("id").asLong();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM vehicle_filing WHERE filer_id = :filer").param("filer", filerId)
        .query(Integer.class).single()).isEqualTo(3);
  }

  private String ownerCode(String filer, String plateType, String plate, String suffix, String ownerPhone)
      throws Exception {
    filing.sendOwnerCode(filer, plateType, plate, suffix).andReturn();
    return citizen.latestCode(filer, ownerPhone);
  }

  /** Starts all requests together; answers "status" or "status code" → how many. */
  private static Map<String, Long> atOnce(List<Callable<ResultActions>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ResultActions>> answers = new ArrayList<>();
      for (Callable<ResultActions> request : requests) {
        answers.add(pool.submit(() -> {
          start.await();
          return request.call();
        }));
      }
      start.countDown();
      List<String> outcomes = new ArrayList<>();
      for (Future<ResultActions> answer : answers) {
        outcomes.add(outcome(answer.get(60, TimeUnit.SECONDS).andReturn().getResponse()));
      }
      return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static String outcome(MockHttpServletResponse response) throws Exception {
    if (response.getStatus() == 201) {
      return "201";
    }
    JsonNode problem = new ObjectMapper().readTree(response.getContentAsString());
    return response.getStatus() + " " + problem.path("code").asText();
  }
}
