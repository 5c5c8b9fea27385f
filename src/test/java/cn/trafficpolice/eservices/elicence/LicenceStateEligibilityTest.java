package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.registry.LicenceState;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** EL-1 as the analysts' decision table LicenceStateEligibility.dmn states it. */
class LicenceStateEligibilityTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseTheTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = LicenceStateEligibilityTest.class.getResourceAsStream("/LicenceStateEligibility.dmn")) {
      decision = engine.parseDecision(ElectronicLicenceProcess.DECISION_LICENCE_STATE, dmn);
    }
  }

  @ParameterizedTest
  @EnumSource(value = LicenceState.class, names = {"B", "D", "K", "M", "S", "J", "L", "U", "E", "F", "G"})
  void eachBlockingStateIsRefusedNamingIt(LicenceState state) { // EL-1
    DmnDecisionRuleResult result = evaluate(state.name(), false);

    assertThat((Boolean) result.getEntry("allowed")).isFalse();
    assertThat((String) result.getEntry("reason"))
        .isEqualTo("驾驶证状态为" + state.label() + "(" + state.name() + ")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"A", "H", "I", "HI"})
  void normalAndUnhandledViolationOrAccidentMayApply(String states) { // EL-1
    assertThat((Boolean) evaluate(states, false).getEntry("allowed")).isTrue();
  }

  @Test
  void anOverdueMedicalCheckBlocksButADeferredOneDoesNot() { // EL-1
    DmnDecisionRuleResult overdue = evaluate("P", true);
    assertThat((Boolean) overdue.getEntry("allowed")).isFalse();
    assertThat((String) overdue.getEntry("reason")).contains("延期体检(P)").contains("逾期未体检");
    assertThat((Boolean) evaluate("P", false).getEntry("allowed")).isTrue();
  }

  @Test
  void aBlockingStateBesideAnAllowedOneStillBlocks() { // EL-1: "HM"
    DmnDecisionRuleResult result = evaluate("HM", false);
    assertThat((Boolean) result.getEntry("allowed")).isFalse();
    assertThat((String) result.getEntry("reason")).isEqualTo("驾驶证状态为逾期未换证(M)");
  }

  private static DmnDecisionRuleResult evaluate(String states, boolean medicalCheckOverdue) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue(ElectronicLicenceProcess.VAR_LICENCE_STATES, states)
        .putValue(ElectronicLicenceProcess.VAR_MEDICAL_CHECK_OVERDUE, medicalCheckOverdue)).getSingleResult();
  }
}
