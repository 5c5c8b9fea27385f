package cn.trafficpolice.eservices.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.EServicesApplication;
import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.plate.PlateDriver;
import cn.trafficpolice.eservices.plate.PlatePreselectionProcess;
import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.TestImages;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Operations (README "Backups"): a database backed up with {@code pg_dump -Fc} and restored with
 * {@code pg_restore} into a new database resumes its running applications on a node started on it. On database A
 * an e-licence application waits for its photo review (a reviewer's task) and a pre-selected plate waits for the end
 * of its validity (a timer); A is dumped, restored into B, and an application started on B completes the review and
 * fires the timer when it is due.
 */
@Tag("postgres")
class BackupRestoreIT {

  private static final Logger log = LoggerFactory.getLogger(BackupRestoreIT.class);
  /** Within this helper's range: the application started in this JVM listens here. */
  private static final int PORT = 18121;
  private static final String PLATE = "粤G498J8";
  private static final LocalDateTime APPLIED = LocalDateTime.of(2026, 9, 28, 10, 0);
  /** The plate's validity (15 working days) ends at the closing of Fri 23 Oct. */
  private static final LocalDateTime VALIDITY_OVER = LocalDateTime.of(2026, 10, 23, 17, 31);

  private final String url = System.getProperty("test.datasource.url");

  @Test
  void aRestoredDatabaseResumesTheReviewsAndTimersItWasWaitingFor(@TempDir Path dir) throws Exception {
    long started = System.nanoTime();
    String original = databaseName(url) + "_backup_a";
    String restored = databaseName(url) + "_backup_b";
    Path dump = dir.resolve("eservices.dump");
    JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
    admin.sql("DROP DATABASE IF EXISTS " + original + " WITH (FORCE)").update();
    admin.sql("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)").update();
    admin.sql("CREATE DATABASE " + original).update();
    String serial;
    long photos;
    try {
      try (ConfigurableApplicationContext a = application(original)) {
        Node node = new Node(a);
        node.time.setTo(APPLIED);
        String wu = node.citizen.login(DemoCitizens.WU_DAN);
        serial = node.citizen.read(node.citizen.mvc().perform(multipart("/api/v1/e-licence/applications")
                .file(new MockMultipartFile("photo", "photo.jpg", "image/jpeg", TestImages.jpeg(400, 500)))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + wu))
            .andExpect(status().isCreated())).get("serialNumber").asText();
        String zhang = node.citizen.login(DemoCitizens.ZHANG_WEI);
        long selection = node.plate.readyToSelect(zhang, DemoCitizens.ZHANG_WEI, PlateDriver.ZHANG_CAR_VIN,
            PlateDriver.ZHANG_CAR_CERT, "440800");
        node.plate.compose(zhang, selection, "粤G12A46", PLATE).andExpect(status().isOk());
        node.time.runDueJobs();
        assertThat(node.reviewTask()).isNotNull();
        assertThat(node.plate.poolStatus(PLATE)).isEqualTo("RESERVED");
        photos = node.photosOf(DemoCitizens.WU_DAN);
        assertThat(photos).isPositive();
      }
      ClockUtil.reset(); // the node on the restored database starts at the real time, as a restored node would

      run("pg_dump", "-Fc", "-h", host(url), "-U", "postgres", "-d", original, "-f", dump.toString());
      run("createdb", "-h", host(url), "-U", "postgres", restored);
      run("pg_restore", "--no-owner", "-h", host(url), "-U", "postgres", "-d", restored, dump.toString());

      try (ConfigurableApplicationContext b = application(restored)) {
        Node node = new Node(b);
        node.time.setTo(APPLIED.plusHours(1));
        Task review = node.reviewTask();
        assertThat(review).as("the photo review waits in the restored database").isNotNull();
        assertThat(node.photosOf(DemoCitizens.WU_DAN)).as("uploaded photos are rows of the database")
            .isEqualTo(photos);
        node.identity.setAuthentication("photo.reviewer", List.of(ReviewGroups.PHOTO_REVIEWERS));
        try {
          node.tasks.complete(review.getId(), Map.of(ElectronicLicenceProcess.VAR_PHOTO_APPROVED, true));
        } finally {
          node.identity.clearAuthentication();
        }
        node.time.runDueJobs();
        assertThat(node.applicationStatus(serial)).isEqualTo("COMPLETED");
        assertThat(node.jdbc.sql("SELECT COUNT(*) FROM electronic_licence e JOIN citizen c ON c.id = e.citizen_id "
            + "WHERE c.phone = ?").param(DemoCitizens.WU_DAN).query(Long.class).single()).isEqualTo(1);

        node.time.setTo(VALIDITY_OVER.minusDays(1));
        node.time.runDueJobs();
        assertThat(node.plate.poolStatus(PLATE)).as("not due yet").isEqualTo("RESERVED");
        node.time.setTo(VALIDITY_OVER);
        node.time.runDueJobs();
        assertThat(node.plate.poolStatus(PLATE)).as("the validity timer fired: the plate is back in the pool")
            .isEqualTo("AVAILABLE");
        assertThat(node.management.createJobQuery().activityId(PlatePreselectionProcess.TIMER_VALIDITY_EXPIRED)
            .count()).isZero();
      }
    } finally {
      ClockUtil.reset(); // the clock is the JVM's: later tests in this JVM start from the real time
      admin.sql("DROP DATABASE IF EXISTS " + original + " WITH (FORCE)").update();
      admin.sql("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)").update();
    }
    log.info("backup restore: {} dumped, restored and resumed in {} s", serial,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  /** The application in this JVM, as the tests run it (demo data, job executor off), on the given database. */
  private ConfigurableApplicationContext application(String database) {
    return new SpringApplicationBuilder(EServicesApplication.class)
        .profiles("demo", "test", "postgres")
        .run("--spring.datasource.url=" + url.substring(0, url.lastIndexOf('/') + 1) + database,
            "--server.port=" + PORT);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as("%s\n%s", String.join(" ", command), output).isZero();
  }

  private static String databaseName(String jdbcUrl) {
    String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    int parameters = name.indexOf('?');
    return parameters < 0 ? name : name.substring(0, parameters);
  }

  private static String host(String jdbcUrl) {
    String authority = jdbcUrl.substring("jdbc:postgresql://".length(), jdbcUrl.lastIndexOf('/'));
    return authority.contains(":") ? authority.substring(0, authority.indexOf(':')) : authority;
  }

  /** What the test uses of one running application. */
  private static final class Node {

    final CitizenClient citizen;
    final EngineTime time;
    final JdbcClient jdbc;
    final PlateDriver plate;
    final TaskService tasks;
    final IdentityService identity;
    final ManagementService management;

    Node(ConfigurableApplicationContext context) {
      MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
          .apply(SecurityMockMvcConfigurers.springSecurity()).build();
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      citizen = new CitizenClient(mvc, context.getBean(ObjectMapper.class));
      management = engine.getManagementService();
      time = new EngineTime(management);
      jdbc = context.getBean(JdbcClient.class);
      plate = new PlateDriver(citizen, jdbc, engine);
      tasks = engine.getTaskService();
      identity = engine.getIdentityService();
    }

    Task reviewTask() {
      return tasks.createTaskQuery().processDefinitionKey(ElectronicLicenceProcess.KEY)
          .taskDefinitionKey(ElectronicLicenceProcess.TASK_REVIEW_PHOTO)
          .taskCandidateGroupIn(List.of(ReviewGroups.PHOTO_REVIEWERS)).singleResult();
    }

    long photosOf(String phone) {
      return jdbc.sql("SELECT COUNT(*) FROM photo p JOIN citizen c ON c.id = p.owner_citizen_id WHERE c.phone = ?")
          .param(phone).query(Long.class).single();
    }

    String applicationStatus(String serial) {
      return jdbc.sql("SELECT status FROM application WHERE serial_number = ?").param(serial)
          .query(String.class).single();
    }
  }
}
