package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * EL-1's table answers are remembered per version and inputs (issue 14): the same answer as the table gives, a
 * version an analyst deploys counts from the next evaluation on, and a version that reads the clock is not
 * remembered.
 */
@RestIntegrationTest
class LicenceStateDecisionIT {

  private static final String TABLE = "/LicenceStateEligibility.dmn";
  private static final String BLOCKS_B = "驾驶证状态为超分(B)";

  @Autowired
  LicenceStateDecision decision;
  @Autowired
  RepositoryService repository;

  private Deployment analystsVersion;

  @AfterEach
  void backToTheDeployedTable() {
    if (analystsVersion != null) {
      repository.deleteDeployment(analystsVersion.getId(), true);
    }
  }

  @Test
  void theSameInputsGetTheTablesAnswerAgain() { // EL-1
    assertThat(decision.blockingReasons("HB", false)).containsExactly(BLOCKS_B);
    assertThat(decision.blockingReasons("HB", false)).containsExactly(BLOCKS_B);
    assertThat(decision.blockingReasons("A", false)).isEmpty();
  }

  @Test
  void aVersionAnAnalystDeploysCountsFromTheNextEvaluation() throws Exception { // EL-1
    assertThat(decision.blockingReasons("B", false)).containsExactly(BLOCKS_B);
    analystsVersion = deploy(table().replace("驾驶证状态为超分(B)", "驾驶证记分已满(B)"));
    assertThat(decision.blockingReasons("B", false)).containsExactly("驾驶证记分已满(B)");
    repository.deleteDeployment(analystsVersion.getId(), true);
    analystsVersion = null;
    assertThat(decision.blockingReasons("B", false)).containsExactly(BLOCKS_B);
  }

  @Test
  void aVersionThatReadsTheClockIsEvaluatedEveryTime() throws Exception {
    String latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(ElectronicLicenceProcess.DECISION_LICENCE_STATE).latestVersion().singleResult()
        .getId();
    assertThat(decision.readsTheClock(latest)).isFalse();
    analystsVersion = deploy(table().replace("contains(?, \"B\")",
        "contains(?, \"B\") and today() > date(\"2000-01-01\")"));
    String clockReading = repository.createDecisionDefinitionQuery().deploymentId(analystsVersion.getId())
        .singleResult().getId();
    assertThat(decision.readsTheClock(clockReading)).isTrue();
    assertThat(decision.blockingReasons("B", false)).containsExactly(BLOCKS_B);
  }

  private Deployment deploy(String dmn) {
    return repository.createDeployment().name("analyst's version").addString("LicenceStateEligibility.dmn", dmn)
        .deploy();
  }

  private static String table() throws Exception {
    try (InputStream dmn = LicenceStateDecisionIT.class.getResourceAsStream(TABLE)) {
      return new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
