package cn.trafficpolice.eservices.elicence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.registry.LicenceState;
import cn.trafficpolice.eservices.support.DecisionExamples;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** EL-1 as the analysts' decision table LicenceStateEligibility.dmn states it, and its examples beside it. */
class LicenceStateEligibilityTest {

  private static final DecisionExamples EXAMPLES =
      new DecisionExamples(ElectronicLicenceProcess.DECISION_LICENCE_STATE);

  private static DmnEngine engine;
  private static DmnModelInstance model;

  @BeforeAll
  static void parseTheTable() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = LicenceStateEligibilityTest.class.getResourceAsStream("/LicenceStateEligibility.dmn")) {
      model = Dmn.readModelFromStream(dmn);
    }
  }

  static Stream<Arguments> examples() {
    return EXAMPLES.rows();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void theAnalystsExamplesHold(Map<String, String> example) { // EL-1
    EXAMPLES.check(example);
  }

  @ParameterizedTest
  @EnumSource(value = LicenceState.class, names = {"B", "D", "K", "M", "S", "J", "L", "U", "E", "F", "G"})
  void eachBlockingStateIsRefusedNamingIt(LicenceState state) { // EL-1
    assertThat(reasons(decision(model), state.name(), false))
        .containsExactly("驾驶证状态为" + state.label() + "(" + state.name() + ")");
  }

  @Test
  void everyBlockingStateOfALicenceIsNamed() { // EL-1: "DK" and an overdue medical check
    assertThat(reasons(decision(model), "DKP", true)).containsExactlyInAnyOrder("驾驶证状态为暂扣(D)",
        "驾驶证状态为扣押(K)", "驾驶证状态为延期体检(P)，且已逾期未体检");
    assertThat(evaluate(decision(model), "DKP", true)
        .<String>collectEntries(ElectronicLicenceProcess.DECISION_OUT_BLOCKING_STATE))
        .containsExactlyInAnyOrder("D", "K", "P");
  }

  @Test
  void theAnswerDoesNotDependOnTheOrderOfTheRows() { // EL-1: reordering rows never allows a seized licence
    DmnModelInstance reversed = Dmn.readModelFromStream(
        LicenceStateEligibilityTest.class.getResourceAsStream("/LicenceStateEligibility.dmn"));
    DecisionTable table = reversed.getModelElementsByType(DecisionTable.class).iterator().next();
    List<Rule> rules = new ArrayList<>(table.getRules());
    rules.forEach(table::removeChildElement);
    Collections.reverse(rules);
    rules.forEach(table::addChildElement);

    for (String states : List.of("A", "HM", "AD", "DK", "P", "")) {
      assertThat(reasons(decision(reversed), states, true)).as(states)
          .containsExactlyInAnyOrderElementsOf(reasons(decision(model), states, true));
    }
    assertThat(reasons(decision(reversed), "AD", false)).containsExactly("驾驶证状态为暂扣(D)");
  }

  private static DmnDecision decision(DmnModelInstance dmn) {
    return engine.parseDecision(ElectronicLicenceProcess.DECISION_LICENCE_STATE, dmn);
  }

  private static List<String> reasons(DmnDecision decision, String states, boolean medicalCheckOverdue) {
    return evaluate(decision, states, medicalCheckOverdue)
        .collectEntries(ElectronicLicenceProcess.DECISION_OUT_REASON);
  }

  private static DmnDecisionTableResult evaluate(DmnDecision decision, String states, boolean medicalCheckOverdue) {
    return engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue(ElectronicLicenceProcess.DECISION_IN_LICENCE_STATES, states)
        .putValue(ElectronicLicenceProcess.DECISION_IN_MEDICAL_CHECK_OVERDUE, medicalCheckOverdue));
  }
}
