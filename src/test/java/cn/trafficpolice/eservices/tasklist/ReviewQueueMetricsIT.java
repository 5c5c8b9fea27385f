package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Operators read each review queue's open and overdue tasks from the metrics; nobody else does. */
@RestIntegrationTest
class ReviewQueueMetricsIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  TaskService tasks;
  @Autowired
  Clock clock;

  private Task overdue;
  private Task dueLater;

  @AfterEach
  void removeTasks() {
    for (Task task : new Task[] {overdue, dueLater}) {
      if (task != null) {
        tasks.deleteTask(task.getId(), true);
      }
    }
  }

  @Test
  void anOverdueTaskCountsAsOpenAndOverdueInItsQueueOnly() throws Exception {
    double openBefore = gauge(ReviewQueueMetrics.OPEN, ReviewGroups.FILING_REVIEWERS);
    double overdueBefore = gauge(ReviewQueueMetrics.OVERDUE, ReviewGroups.FILING_REVIEWERS);
    double otherQueueBefore = gauge(ReviewQueueMetrics.OPEN, ReviewGroups.PHOTO_REVIEWERS);

    overdue = queueTask(Duration.ofHours(-1));
    dueLater = queueTask(Duration.ofDays(1));

    assertThat(gauge(ReviewQueueMetrics.OPEN, ReviewGroups.FILING_REVIEWERS)).isEqualTo(openBefore + 2);
    assertThat(gauge(ReviewQueueMetrics.OVERDUE, ReviewGroups.FILING_REVIEWERS)).isEqualTo(overdueBefore + 1);
    assertThat(gauge(ReviewQueueMetrics.OPEN, ReviewGroups.PHOTO_REVIEWERS)).isEqualTo(otherQueueBefore);
  }

  @Test
  void queueMetricsAreForOperatorsOnly() throws Exception {
    String path = "/actuator/metrics/" + ReviewQueueMetrics.OPEN;
    mvc.perform(get(path)).andExpect(status().isUnauthorized());
    mvc.perform(get(path).with(httpBasic("filing.reviewer", CitizenClient.DEMO_PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
  }

  private Task queueTask(Duration dueIn) {
    Task task = tasks.newTask();
    task.setName("度量测试任务");
    task.setDueDate(Date.from(clock.instant().plus(dueIn)));
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), ReviewGroups.FILING_REVIEWERS);
    return task;
  }

  private double gauge(String name, String queue) throws Exception {
    String body = mvc.perform(get("/actuator/metrics/" + name).param("tag", "queue:" + queue)
            .with(httpBasic("admin", "admin")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return json.readTree(body).path("measurements").get(0).path("value").asDouble();
  }
}
