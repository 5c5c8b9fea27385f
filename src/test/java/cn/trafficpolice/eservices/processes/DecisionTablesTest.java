package cn.trafficpolice.eservices.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every decision table under processes/ parses with Camunda's DMN engine, as the engine will parse it on
 * deployment, and every decision a diagram calls exists (an analyst's DMN change is checked before the build).
 */
class DecisionTablesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  static List<Path> decisionFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".dmn")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("decisionFiles")
  void parsesWithTheDmnEngine(Path file) throws IOException {
    List<DmnDecision> decisions = parse(file);
    assertThat(decisions).as("decisions in %s", file).isNotEmpty();
    assertThat(decisions).extracting(DmnDecision::getKey)
        .as("the file is named after its decision").contains(file.getFileName().toString().replace(".dmn", ""));
  }

  @Test
  void everyDecisionADiagramCallsExists() throws IOException {
    Set<String> decisions = new TreeSet<>();
    for (Path file : decisionFiles()) {
      parse(file).forEach(decision -> decisions.add(decision.getKey()));
    }
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path diagram : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        for (BusinessRuleTask task : Bpmn.readModelFromFile(diagram.toFile())
            .getModelElementsByType(BusinessRuleTask.class)) {
          assertThat(decisions).as("decision of %s in %s", task.getId(), diagram)
              .contains(task.getCamundaDecisionRef());
        }
      }
    }
  }

  private static List<DmnDecision> parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return DMN.parseDecisions(in);
    }
  }
}
