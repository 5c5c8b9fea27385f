package cn.trafficpolice.eservices.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;

/**
 * What the next start of a node deploys, done here the way the app's auto-deployment does it (its name, its
 * resources under their classpath names, duplicate filtering without "changed only"): nothing when nothing changed;
 * when a file changed, all of {@code processes/} again, so that a new version finds its Tasklist forms
 * ({@code embedded:deployment:forms/…}) in its own deployment.
 */
@RestIntegrationTest
class ChangedDiagramsDeploymentIT {

  private static final String CHANGED = "ElectronicLicenceApplication.bpmn";
  private static final String ITS_FORM = "forms/review-licence-photo.html";

  @Autowired
  ProcessEngine engine;
  @Autowired
  RepositoryService repository;

  @Test
  void anUnchangedStartDeploysNothingAndAChangeDeploysANewVersionWithItsForms() throws IOException {
    SpringProcessEngineConfiguration configuration = (SpringProcessEngineConfiguration)
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration());
    assertThat(configuration.isDeployChangedOnly()).as("a changed-only deployment would lack the forms").isFalse();
    Map<String, Integer> before = latestVersions();

    nextStart(configuration, false).deploy();
    assertThat(latestVersions()).as("nothing changed: no new version").isEqualTo(before);

    Deployment changed = nextStart(configuration, true).deploy();
    try {
      ProcessDefinition latest = repository.createProcessDefinitionQuery()
          .processDefinitionKey(ElectronicLicenceProcess.KEY).latestVersion().singleResult();
      assertThat(latest.getVersion()).isEqualTo(before.get(ElectronicLicenceProcess.KEY) + 1);
      assertThat(latest.getDeploymentId()).isEqualTo(changed.getId());
      assertThat(repository.getDeploymentResourceNames(changed.getId())).contains(CHANGED, ITS_FORM);
    } finally {
      repository.deleteDeployment(changed.getId(), true);
    }
    assertThat(latestVersions()).isEqualTo(before);
  }

  private DeploymentBuilder nextStart(SpringProcessEngineConfiguration configuration, boolean changeOne)
      throws IOException {
    DeploymentBuilder deployment = repository.createDeployment()
        .enableDuplicateFiltering(configuration.isDeployChangedOnly()).name(configuration.getDeploymentName());
    for (Resource resource : configuration.getDeploymentResources()) {
      String name = resource instanceof ContextResource c ? c.getPathWithinContext() : resource.getFilename();
      byte[] content = resource.getContentAsByteArray();
      if (changeOne && name.equals(CHANGED)) {
        content = (new String(content, StandardCharsets.UTF_8) + "\n<!-- 分析员的修改 -->\n")
            .getBytes(StandardCharsets.UTF_8);
      }
      deployment.addInputStream(name, new ByteArrayInputStream(content));
    }
    return deployment;
  }

  private Map<String, Integer> latestVersions() {
    Map<String, Integer> versions = new HashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      versions.put(definition.getKey(), definition.getVersion());
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().latestVersion().list()) {
      versions.put(definition.getKey(), definition.getVersion());
    }
    return versions;
  }
}
