package cn.trafficpolice.eservices.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.ElectronicLicenceHolders;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Operations: the load balancer's probes, the applications counted per business, the job executor's meters. */
@RestIntegrationTest
class OperationsEndpointsIT {

  private static final String PROBE = "JobMetricsProbe";
  private static final String NO_SUCH_BEAN = "noSuchBean";

  @Autowired
  MockMvc mvc;
  @Autowired
  CitizenClient citizen;
  @Autowired
  EngineTime time;
  @Autowired
  MeterRegistry meters;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  @Test
  void probesAnswerAnyoneWithTheStatusAndOperatorsWithTheDatabaseAndTheEngine() throws Exception {
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP")).andExpect(jsonPath("$.components").doesNotExist());
    mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin", "admin"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.processEngine.status").value("UP"))
        .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
  }

  @Test
  void everySubmittedAndCompletedApplicationIsCountedForItsBusiness() throws Exception {
    double submitted = count("eservices.applications.submitted");
    double completed = count("eservices.applications.completed");

    new ElectronicLicenceHolders(citizen, jdbc, new LicenceHolders(jdbc, passwords), time).withELicence();

    assertThat(count("eservices.applications.submitted")).isEqualTo(submitted + 1);
    assertThat(count("eservices.applications.completed")).isEqualTo(completed + 1);
  }

  @Test
  void aJobThatRunsAndOneThatFailsAreCounted() throws Exception {
    String deployment = repository.createDeployment().addModelInstance("JobMetricsProbe.bpmn", probe())
        .deploy().getId();
    try {
      double succeeded = executions("success");
      double failed = executions("failure");
      double backlog = meters.get(EngineMetrics.JOB_BACKLOG).gauge().value();

      Job runs = jobOf(runtime.startProcessInstanceByKey(PROBE, Map.of("fail", false)).getId());
      Job fails = jobOf(runtime.startProcessInstanceByKey(PROBE, Map.of("fail", true)).getId());
      assertThat(meters.get(EngineMetrics.JOB_BACKLOG).gauge().value()).isEqualTo(backlog + 2);

      management.executeJob(runs.getId());
      assertThatThrownBy(() -> management.executeJob(fails.getId())).hasMessageContaining(NO_SUCH_BEAN);

      assertThat(executions("success")).isEqualTo(succeeded + 1);
      assertThat(executions("failure")).isEqualTo(failed + 1);
      // the failed job is retried: still due, still waiting
      assertThat(meters.get(EngineMetrics.JOB_BACKLOG).gauge().value()).isEqualTo(backlog + 1);
    } finally {
      repository.deleteDeployment(deployment, true);
    }
  }

  /** An asynchronous step that succeeds or, with {@code fail}, names a bean that does not exist: one job each. */
  private static BpmnModelInstance probe() {
    return Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask().camundaAsyncBefore()
        .camundaExpression("${fail ? " + NO_SUCH_BEAN + " : null}")
        .endEvent().done();
  }

  private Job jobOf(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).singleResult();
  }

  private double executions(String outcome) {
    return meters.get(JobExecutorMetrics.EXECUTIONS).tag(JobExecutorMetrics.OUTCOME, outcome).counter().count();
  }

  private double count(String name) {
    return meters.get(name).tag("business", "ElectronicLicenceApplication").counter().count();
  }
}
