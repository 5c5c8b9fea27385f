package cn.trafficpolice.eservices.plate;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * PP-11 office rules: asks the analysts' decision table {@code processes/ForbiddenPlatePatterns.dmn} why a plate
 * is forbidden at an office. No reason means allowed.
 */
@Component
class ForbiddenPlatePatterns {

  static final String DECISION_KEY = "ForbiddenPlatePatterns";
  private static final String REASON = "reason";

  private final DecisionService decisions;

  ForbiddenPlatePatterns(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** @param plate a well-formed plate number, e.g. 粤K12A45 */
  List<String> reasons(String officeCode, String plate) {
    return decisions.evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue("officeCode", officeCode)
            .putValue("plateNumber", plate)
            .putValue("sequence", plate.substring(2)))
        .collectEntries(REASON);
  }
}
