package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.application.ApplicationService;
import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.idcard.IdCardReissueProcess;
import cn.trafficpolice.eservices.licenceloss.LicenceLossProcess;
import cn.trafficpolice.eservices.plateappeal.PlateSelectionAppealProcess;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue tells tasks apart: every user task of every diagram under processes/ is named
 * "serial · masked applicant · task label" when it is created, so a reviewer reads whose application it is and
 * what to do without opening it, and finds it by serial number (SH-2: the serial is the business key). Each case
 * starts an instance right before the task and rolls back.
 */
@RestIntegrationTest
@Transactional
class QueueTaskNamesIT {

  /** What the diagrams' due-date expressions read, for tasks started without the steps before them. */
  private static final Map<String, Object> DUE_DATE_INPUTS = Map.of(
      LicenceLossProcess.PICKUP_DEADLINE, new Date(),
      IdCardReissueProcess.VAR_APPOINTMENT_TIME, new Date(),
      IdCardReissueProcess.VAR_APPOINTMENT_NO_SHOW_WORKING_DAYS, 5,
      IdCardReissueProcess.VAR_PRODUCTION_WORKING_DAYS, 20,
      IdCardReissueProcess.VAR_ISSUE_DEADLINE, new Date(System.currentTimeMillis() + 60L * 24 * 3600 * 1000));

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ApplicationService applications;
  @Autowired
  JdbcClient jdbc;

  static Stream<Arguments> everyUserTask() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream()
          .flatMap(QueueTaskNamesIT::userTasks).toList().stream();
    }
  }

  private static Stream<Arguments> userTasks(Path diagram) {
    String key = diagram.getFileName().toString().replace(".bpmn", "");
    return Bpmn.readModelFromFile(diagram.toFile()).getModelElementsByType(UserTask.class).stream()
        .map(task -> Arguments.of(key, task.getId(), task.getName()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyUserTask")
  void everyUserTaskShowsSerialMaskedApplicantAndLabel(String processKey, String taskId, String label) { // SH-2
    String serial = applications.open(business(processKey), citizenId(DemoCitizens.ZHANG_WEI), "queue-" + taskId);

    Task task = startAt(processKey, taskId, serial);

    assertThat(task.getName()).isEqualTo(serial + " · 张* · " + label);
  }

  @Test
  void aTaskWithoutAnApplicationRowStillShowsItsSerial() { // SH-2
    Task task = startAt(PlateSelectionAppealProcess.KEY, PlateSelectionAppealProcess.TASK_REVIEW_APPEAL,
        "PA20260000000001");

    assertThat(task.getName()).isEqualTo("PA20260000000001 · 审核申诉资料");
  }

  @Test
  void theApplicantsFullNameIsNeverInTheQueue() { // personal data masked (DESIGN.md)
    String serial = applications.open(Business.ELECTRONIC_LICENCE, citizenId(DemoCitizens.LI_NA), "queue-full-name");

    Task task = startAt(ElectronicLicenceProcess.KEY, ElectronicLicenceProcess.TASK_REVIEW_PHOTO, serial);

    assertThat(task.getName()).contains("李*").doesNotContain("李娜");
  }

  private Task startAt(String processKey, String taskId, String serial) {
    String instance = runtime.createProcessInstanceByKey(processKey).businessKey(serial)
        .setVariables(DUE_DATE_INPUTS).startBeforeActivity(taskId).execute().getId();
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskId).singleResult();
  }

  private long citizenId(String phone) {
    return jdbc.sql("SELECT id FROM citizen WHERE phone = :phone").param("phone", phone).query(Long.class).single();
  }

  private static Business business(String processKey) {
    return Arrays.stream(Business.values()).filter(b -> b.processKey().equals(processKey)).findFirst().orElseThrow();
  }
}
