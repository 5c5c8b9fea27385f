package cn.trafficpolice.eservices.elicence;

import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * EL-1: the analysts' decision table {@code LicenceStateEligibility.dmn}, the same one the process evaluates,
 * asked before anything is submitted so the citizen learns at once which state blocks.
 */
@Component
class LicenceStateDecision {

  private final DecisionService decisions;

  LicenceStateDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** @return why the states block the e-licence, or empty when they allow it */
  Optional<String> refusal(String licenceStates, boolean medicalCheckOverdue) {
    DmnDecisionRuleResult result = decisions
        .evaluateDecisionTableByKey(ElectronicLicenceProcess.DECISION_LICENCE_STATE)
        .variables(Variables.createVariables()
            .putValue(ElectronicLicenceProcess.VAR_LICENCE_STATES, licenceStates)
            .putValue(ElectronicLicenceProcess.VAR_MEDICAL_CHECK_OVERDUE, medicalCheckOverdue))
        .evaluate().getSingleResult();
    if (result != null && Boolean.TRUE.equals(result.get("allowed"))) {
      return Optional.empty();
    }
    return Optional.of(result == null ? "驾驶证状态无法识别，请到窗口办理" : (String) result.get("reason"));
  }
}
