package cn.trafficpolice.eservices.elicence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * EL-1: the analysts' decision table {@code LicenceStateEligibility.dmn}. It is evaluated here, once per
 * request, before anything is submitted; the process trusts that an application it receives was eligible.
 *
 * <p>Its answer depends on the table's version and its two inputs only, so each answer is remembered per version
 * and inputs: the FEEL engine took a few milliseconds of CPU per evaluation (every rule's {@code contains(?, "X")}
 * parsed again), most of an e-licence submission's own work (issue 14). The latest version is looked up on every
 * call, as the engine does, so a version an analyst deploys counts from the next request on, on every node. A
 * version whose expressions read the clock ({@code today()}, {@code now()}) is evaluated every time.
 */
@Component
class LicenceStateDecision {

  /** Far more than the state combinations licences carry; past it the memory starts afresh. */
  static final int REMEMBERED_ANSWERS = 1024;
  private static final Pattern READS_THE_CLOCK = Pattern.compile("\\b(today|now)\\s*\\(");

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final Map<Inputs, List<String>> answers = new ConcurrentHashMap<>();
  private final Map<String, Boolean> readsTheClock = new ConcurrentHashMap<>();

  LicenceStateDecision(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /** @return why the states block the e-licence, one reason per blocking state; empty when they allow it */
  List<String> blockingReasons(String licenceStates, boolean medicalCheckOverdue) {
    DecisionDefinition latest = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(ElectronicLicenceProcess.DECISION_LICENCE_STATE).latestVersion().singleResult();
    if (latest == null) {
      // not deployed, or not visible to the authenticated user: the engine says which
      return evaluate(null, licenceStates, medicalCheckOverdue);
    }
    if (readsTheClock.computeIfAbsent(latest.getId(), this::readsTheClock)) {
      return evaluate(latest.getId(), licenceStates, medicalCheckOverdue);
    }
    Inputs inputs = new Inputs(latest.getId(), licenceStates, medicalCheckOverdue);
    List<String> answer = answers.get(inputs);
    if (answer == null) {
      answer = List.copyOf(evaluate(latest.getId(), licenceStates, medicalCheckOverdue));
      if (answers.size() >= REMEMBERED_ANSWERS) {
        answers.clear();
      }
      answers.put(inputs, answer);
    }
    return answer;
  }

  /** Whether an expression of the version's table reads the clock: then its answers may change from day to day. */
  boolean readsTheClock(String definitionId) {
    try (InputStream model = repository.getDecisionModel(definitionId)) {
      return READS_THE_CLOCK.matcher(new String(model.readAllBytes(), StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> evaluate(String definitionId, String licenceStates, boolean medicalCheckOverdue) {
    VariableMap variables = Variables.createVariables()
        .putValue(ElectronicLicenceProcess.DECISION_IN_LICENCE_STATES, licenceStates)
        .putValue(ElectronicLicenceProcess.DECISION_IN_MEDICAL_CHECK_OVERDUE, medicalCheckOverdue);
    DecisionEvaluationBuilder evaluation = definitionId == null
        ? decisions.evaluateDecisionTableByKey(ElectronicLicenceProcess.DECISION_LICENCE_STATE)
        : decisions.evaluateDecisionTableById(definitionId);
    return evaluation.variables(variables).evaluate().collectEntries(ElectronicLicenceProcess.DECISION_OUT_REASON);
  }

  private record Inputs(String definitionId, String licenceStates, boolean medicalCheckOverdue) {
  }
}
