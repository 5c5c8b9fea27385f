package cn.trafficpolice.eservices.plate;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * PP-11 office rules: asks the analysts' decision table {@code processes/ForbiddenPlatePatterns.dmn} why a plate
 * is forbidden at an office, giving it the notations its sequence contains ({@link SequenceNotations}). No reason
 * means allowed.
 */
@Component
class ForbiddenPlatePatterns {

  static final String DECISION_KEY = "ForbiddenPlatePatterns";
  static final String IN_OFFICE_CODE = "officeCode";
  static final String IN_SEQUENCE_NOTATIONS = "sequenceNotations";
  static final String OUT_REASON = "reason";

  private final DecisionService decisions;

  ForbiddenPlatePatterns(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** @param plate a well-formed plate number, e.g. 粤K12A45 */
  List<String> reasons(String officeCode, String plate) {
    return decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue(IN_OFFICE_CODE, officeCode)
            .putValue(IN_SEQUENCE_NOTATIONS, SequenceNotations.of(plate.substring(2))))
        .collectEntries(OUT_REASON);
  }
}
