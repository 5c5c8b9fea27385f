package cn.trafficpolice.eservices.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.postgres.CitizenJourneys.Outcome;
import cn.trafficpolice.eservices.postgres.ClusterFigures.BusinessFigures;
import cn.trafficpolice.eservices.postgres.ClusterFixtures.LoadCitizen;
import cn.trafficpolice.eservices.postgres.ReviewDesk.Queue;
import cn.trafficpolice.eservices.support.CitizenClient;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 13, operations: two nodes on one PostgreSQL database, each with its job executor. Citizens apply in every
 * business on both nodes' REST fronts (round robin) while reviewers work the filing and ID-card queues in Tasklist
 * on both; two reviewers race for one task. Node a is killed outright in the middle, while it holds job locks.
 * Afterwards every acknowledged application is found and finished or under way, none twice; no message went out
 * twice, no plate is held twice (PP-12), no incident; and each job node a had locked was run by node b once its
 * lock time was over. The figures are printed in one block.
 */
@Tag("postgres")
class ClusterFailoverIT {

  private static final Logger log = LoggerFactory.getLogger(ClusterFailoverIT.class);
  private static final int PER_BUSINESS = 8;
  private static final int CLIENTS = 6;
  /**
   * Node a dies the first moment it holds a job lock once this many citizens have been answered; waiting for the
   * lock lets a further quarter of the load or so be answered, so the kill lands about the middle.
   */
  private static final int KILL_AFTER = 10;
  private static final Duration LOCK_TIME = Duration.ofSeconds(15);
  private static final int PORT_A = 18110;
  private static final int PORT_B = 18111;
  private static final String ADMIN = "admin";
  /** A 4xx problem with its machine code, e.g. "409 CONCURRENT_UPDATE": never a 5xx, never a lost connection. */
  private static final Pattern REFUSED_WITH_CODE = Pattern.compile("4\\d\\d [A-Z_]+");

  private final String url = System.getProperty("test.datasource.url");
  private final JdbcClient database = JdbcClient.create(new DriverManagerDataSource(url, "postgres", ""));
  private final ClusterFigures figures = new ClusterFigures(database);

  @Test
  void aNodeKilledUnderAMixedLoadLosesNothingAndRunsNothingTwice() throws Exception {
    try (ClusterNode a = started("a", PORT_A); ClusterNode b = started("b", PORT_B)) {
      List<LoadCitizen> load = new ClusterFixtures(database).seed(PER_BUSINESS);
      CitizenJourneys journeys = new CitizenJourneys(new ClusterHttp());
      Map<Queue, List<TasklistReviewer>> reviewers = reviewersOnBothNodes(a, b);

      List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger answered = new AtomicInteger();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      for (int i = 0; i < load.size(); i++) {
        LoadCitizen citizen = load.get(i);
        boolean roundRobinToA = i % 2 == 0;
        clients.execute(() -> {
          outcomes.add(journeys.run(citizen, roundRobinToA && a.isAlive() ? a : b));
          answered.incrementAndGet();
        });
      }
      int raceWinners = claimRace(reviewers.get(ReviewDesk.QUEUES.get(0)));
      int answeredAtRace = answered.get();

      ReviewDesk desk = new ReviewDesk();
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService desks = Executors.newCachedThreadPool();
      reviewers.forEach((queue, onBoth) -> onBoth.forEach(r -> desks.execute(() -> desk.work(r, queue, stop))));

      await().atMost(Duration.ofMinutes(3)).until(() -> answered.get() >= KILL_AFTER);
      awaitJobLockedBy(a);
      a.kill();
      int answeredAtKill = answered.get();
      List<String> lockedAtKill = figures.jobsLockedBy(a);

      clients.shutdown();
      assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).as("every citizen was answered").isTrue();
      for (Queue queue : ReviewDesk.QUEUES) {
        TasklistReviewer again = TasklistReviewer.login(b, queue.demoReviewer(), CitizenClient.DEMO_PASSWORD,
            "tasklist");
        desks.execute(() -> desk.work(again, queue, stop));
      }
      await().atMost(LOCK_TIME.multipliedBy(6)).pollInterval(Duration.ofSeconds(1)).until(() ->
          figures.dueJobs() == 0 && figures.openReviews() == 0
              && figures.executedBy(lockedAtKill, b).size() == lockedAtKill.size());
      stop.set(true);
      desks.shutdown();
      assertThat(desks.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

      List<BusinessFigures> perBusiness = load.stream().map(LoadCitizen::business).distinct()
          .map(business -> figures.of(business, outcomes)).toList();
      List<String> phones = load.stream().map(c -> c.citizen().phone()).toList();
      List<Long> sentTwice = figures.messagesSentTwice(phones);
      List<String> takenOverByB = figures.executedBy(lockedAtKill, b);
      log.info(report(load.size(), answeredAtRace, answeredAtKill, perBusiness, outcomes, sentTwice, lockedAtKill,
          takenOverByB, desk, raceWinners));

      assertThat(outcomes).hasSize(load.size());
      assertThat(answeredAtKill).as("node a died in the middle of the load").isLessThan(load.size());
      assertThat(perBusiness).allSatisfy(f -> {
        assertThat(f.lost()).as(f.business() + ": acknowledged, not found").isEmpty();
        assertThat(f.stalled()).as(f.business() + ": acknowledged, neither finished nor under way").isEmpty();
        assertThat(f.duplicates()).as(f.business() + ": applications twice").isZero();
      });
      assertThat(outcomes).filteredOn(o -> o.node().equals(b.name())).as("the survivor kept accepting")
          .anyMatch(Outcome::acknowledged)
          .as("the survivor acknowledged every citizen it served, or refused with a business code (a plate race)")
          .allMatch(o -> o.acknowledged() || REFUSED_WITH_CODE.matcher(o.refusal()).matches());
      assertThat(sentTwice).as("messages sent twice (per key, delivered, same text)").containsOnly(0L);
      assertThat(figures.platesHeldTwice()).as("PP-12").isZero();
      assertThat(figures.contestedPlatesWon()).isBetween(1L, (long) ClusterFixtures.CONTESTED_PLATES.size());
      assertThat(figures.incidents()).isZero();
      assertThat(takenOverByB).containsExactlyInAnyOrderElementsOf(lockedAtKill);
      assertThat(raceWinners).as("one task claimed and completed from both nodes at once").isEqualTo(1);
    }
  }

  /**
   * Nodes start one after the other, as README "Upgrading a node" says: the first creates the schema and the
   * webapps' administrator, which two nodes starting at once on an empty database would both try to insert.
   */
  private ClusterNode started(String name, int port) throws Exception {
    ClusterNode node = ClusterNode.start(name, port, url, LOCK_TIME);
    try {
      node.awaitReady(HttpClient.newHttpClient(), Duration.ofMinutes(3));
      return node;
    } catch (Exception | AssertionError notReady) {
      node.close();
      throw notReady;
    }
  }

  /** The demo reviewer of each queue on node a; a colleague, added by the administrator, on node b. */
  private Map<Queue, List<TasklistReviewer>> reviewersOnBothNodes(ClusterNode a, ClusterNode b) throws Exception {
    TasklistReviewer admin = TasklistReviewer.login(a, ADMIN, ADMIN, "admin");
    Map<Queue, List<TasklistReviewer>> reviewers = new LinkedHashMap<>();
    for (Queue queue : ReviewDesk.QUEUES) {
      admin.createReviewer(ReviewDesk.colleagueOf(queue), "同组审核员", CitizenClient.DEMO_PASSWORD, queue.group());
      reviewers.put(queue, List.of(
          TasklistReviewer.login(a, queue.demoReviewer(), CitizenClient.DEMO_PASSWORD, "tasklist"),
          TasklistReviewer.login(b, ReviewDesk.colleagueOf(queue), CitizenClient.DEMO_PASSWORD, "tasklist")));
    }
    return reviewers;
  }

  /**
   * The first task of the queue, claimed and completed by its two reviewers at the same moment, one on each
   * node. @return how many of them both claimed and completed it
   */
  private int claimRace(List<TasklistReviewer> onBothNodes) throws Exception {
    Queue queue = ReviewDesk.QUEUES.get(0);
    TasklistReviewer first = onBothNodes.get(0);
    String task = await().atMost(Duration.ofMinutes(1)).until(
        () -> first.queue(queue.group(), queue.taskDefinitionKey()).stream().findFirst().orElse(null),
        Objects::nonNull);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService racers = Executors.newFixedThreadPool(onBothNodes.size());
    List<Future<Boolean>> won = new ArrayList<>();
    for (TasklistReviewer reviewer : onBothNodes) {
      won.add(racers.submit(() -> {
        go.await();
        return reviewer.claim(task) && reviewer.complete(task, queue.decisionVariable(), true);
      }));
    }
    go.countDown();
    int winners = 0;
    for (Future<Boolean> one : won) {
      winners += one.get() ? 1 : 0;
    }
    racers.shutdown();
    assertThat(database.sql("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ = :task AND END_TIME_ IS NOT NULL")
        .param("task", task).query(Long.class).single()).as("the raced task was completed once").isOne();
    return winners;
  }

  /** Kills while async jobs run: waits (a while at most) until node a holds a job lock. */
  private void awaitJobLockedBy(ClusterNode node) {
    try {
      await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
          .until(() -> !figures.jobsLockedBy(node).isEmpty());
    } catch (ConditionTimeoutException noLockSeen) {
      log.warn("node {} held no job lock within 10 s; killed anyway", node.name());
    }
  }

  private String report(int submitted, int answeredAtRace, int answeredAtKill, List<BusinessFigures> perBusiness,
      List<Outcome> outcomes, List<Long> sentTwice, List<String> lockedAtKill, List<String> takenOverByB,
      ReviewDesk desk, int raceWinners) {
    StringBuilder out = new StringBuilder(("%ncluster failover: node a killed (SIGKILL) after %d of %d citizens "
        + "(claim race after %d), lock time %s%n").formatted(answeredAtKill, submitted, answeredAtRace, LOCK_TIME));
    out.append(BusinessFigures.header()).append('\n');
    perBusiness.forEach(f -> out.append(f.line()).append('\n'));
    out.append("errors answered: ").append(outcomes.stream().filter(o -> !o.acknowledged())
        .collect(Collectors.groupingBy(o -> o.node() + " " + o.refusal(), Collectors.counting()))).append('\n');
    out.append("messages sent twice: %d per idempotency key, %d delivered twice, %d same text twice%n"
        .formatted(sentTwice.get(0), sentTwice.get(1), sentTwice.get(2)));
    out.append("plates held twice %d, contested plates won %d of %d, incidents %d%n".formatted(
        figures.platesHeldTwice(), figures.contestedPlatesWon(), ClusterFixtures.CONTESTED_PLATES.size(),
        figures.incidents()));
    out.append("reviews completed %d, claims lost to a colleague %d, winners of the claim race %d%n"
        .formatted(desk.completed(), desk.claimsLost(), raceWinners));
    out.append(lockedAtKill.isEmpty() ? "no job was locked by node a when it died\n"
        : "jobs locked by node a at the kill: %d, executed by node b after the lock time: %d%n"
            .formatted(lockedAtKill.size(), takenOverByB.size()));
    return out.toString();
  }
}
