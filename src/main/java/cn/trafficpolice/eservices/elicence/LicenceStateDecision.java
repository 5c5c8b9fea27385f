package cn.trafficpolice.eservices.elicence;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * EL-1: the analysts' decision table {@code LicenceStateEligibility.dmn}. It is evaluated here, once per
 * request, before anything is submitted; the process trusts that an application it receives was eligible.
 */
@Component
class LicenceStateDecision {

  private final DecisionService decisions;

  LicenceStateDecision(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** @return why the states block the e-licence, one reason per blocking state; empty when they allow it */
  List<String> blockingReasons(String licenceStates, boolean medicalCheckOverdue) {
    return decisions.evaluateDecisionTableByKey(ElectronicLicenceProcess.DECISION_LICENCE_STATE)
        .variables(Variables.createVariables()
            .putValue(ElectronicLicenceProcess.DECISION_IN_LICENCE_STATES, licenceStates)
            .putValue(ElectronicLicenceProcess.DECISION_IN_MEDICAL_CHECK_OVERDUE, medicalCheckOverdue))
        .evaluate().collectEntries(ElectronicLicenceProcess.DECISION_OUT_REASON);
  }
}
