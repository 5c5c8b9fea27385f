package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.licenceloss.LicenceLossProcess;
import cn.trafficpolice.eservices.security.TokenService;
import cn.trafficpolice.eservices.workingday.WorkingDayExpressions;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14, the timer backlog: {@value #DEFAULT_SIZE} licence-loss applications whose acceptance timer
 * (Timer_NextWorkingDay, then the acceptance steps) falls due at the same minute, drained by the job executor with
 * the application's settings while citizens keep submitting over HTTP; beside it the bare engine, as many timer→end
 * instances due at once under the same settings. The engine clock is moved to {@link #LEAD} before the due time
 * and runs on from there, so the executor meets the backlog as a running node meets the next working day.
 *
 * <p>Rows: the drain (per application, from the due time to its last acceptance step; bare: to its end) and the
 * submissions timed while it drains (bare: while the bare backlog drains). Notes: first pickup, drain time, the
 * executor's settings, failed job runs.
 */
final class TimerBacklogScenario {

  static final String NAME = "backlog";
  static final int DEFAULT_SIZE = 10_000;
  /** Engine time between the clock move and the due time: the submitting clients warm up meanwhile. */
  static final Duration LEAD = Duration.ofSeconds(20);
  /**
   * A drain that takes longer is reported unfinished, so that a run of the benchmark stays within minutes ({@code
   * benchmark.backlog-limit-minutes}, for a slower machine).
   */
  private static final int DEFAULT_DRAIN_LIMIT_MINUTES = 4;
  private static final long POLL_MILLIS = 500;
  /** Citizens each client may submit for; a client stops early when it has used them all (noted). */
  private static final int APPLICANTS_PER_CLIENT = 1000;
  static final String BARE_KEY = "BenchmarkBareTimer";
  private static final String BARE_TIMER = "Timer_Due";
  private static final String BARE_END = "EndEvent_Done";
  private static final String DUE_VARIABLE = "dueAt";

  private final ApplicationContext context;
  private final ProcessEngine engine;
  private final JdbcTemplate jdbc;
  private final BacklogSeeder seeder;
  private final int size;
  private final int clients;
  private final Duration drainLimit;

  private TimerBacklogScenario(ApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.jdbc = context.getBean(JdbcTemplate.class);
    this.seeder = new BacklogSeeder(engine, context.getBean(TransactionTemplate.class), jdbc);
    Environment env = context.getEnvironment();
    this.size = env.getProperty("benchmark.backlog-size", Integer.class, DEFAULT_SIZE);
    this.clients = env.getProperty("benchmark.backlog-clients", Integer.class, 4);
    this.drainLimit = Duration.ofMinutes(env.getProperty("benchmark.backlog-limit-minutes", Integer.class,
        DEFAULT_DRAIN_LIMIT_MINUTES));
  }

  /** Runs the scenario when {@code benchmark.scenarios} names it or is not set. */
  static void runIfSelected(ApplicationContext context, Report report) throws Exception {
    if (Scenarios.selected(context.getEnvironment(), NAME)) {
      new TimerBacklogScenario(context).run(report);
    }
  }

  private void run(Report report) throws Exception {
    BacklogJobExecutor executor = BacklogJobExecutor.start(engine, context);
    try {
      report.note("backlog: job executor " + executor.settings());
      Drain app = drainApplications();
      Drain bare = drainBare();
      String title = "timer backlog " + size + " (" + executor.threads() + " job threads)";
      report.row(title + ": due → accepted, per application", executor.threads(), app.drain(), bare.drain());
      report.row(title + ": citizen submissions while it drains", clients, app.submissions(),
          bare.submissions());
      report.note(app.describe("backlog, LicenceLossReplacement"));
      report.note(bare.describe("backlog, bare engine (timer→end)"));
    } finally {
      executor.close();
      ClockUtil.reset();
    }
  }

  private Drain drainApplications() throws Exception {
    ClockUtil.reset();
    Date submittedAt = ClockUtil.now();
    Date due = context.getBean(WorkingDayExpressions.class).nextWorkingDayOpening(submittedAt);
    long seeding = System.nanoTime();
    String prefix = seeder.applications(seeder.citizens(size), submittedAt);
    double seeded = (System.nanoTime() - seeding) / 1e9;
    List<String> doneSteps = List.of(LicenceLossProcess.TASK_POST_LICENCE,
        LicenceLossProcess.TASK_NOTIFY_READY_FOR_PICKUP);
    Drain drain = drain(prefix, due, LicenceLossProcess.TIMER_NEXT_WORKING_DAY, doneSteps);
    return drain.seeded(seeded);
  }

  private Drain drainBare() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_KEY).name("Benchmark bare timer")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started").intermediateCatchEvent(BARE_TIMER).timerWithDate("${" + DUE_VARIABLE + "}")
        .endEvent(BARE_END).done();
    engine.getRepositoryService().createDeployment().name(BARE_KEY).enableDuplicateFiltering(true)
        .addModelInstance(BARE_KEY + ".bpmn", model).deploy();
    ClockUtil.reset();
    // an hour before the applications' due time: away from the acceptance timers their submissions created
    Date due = new Date(context.getBean(WorkingDayExpressions.class).nextWorkingDayOpening(ClockUtil.now())
        .getTime() - Duration.ofHours(1).toMillis());
    long seeding = System.nanoTime();
    String prefix = seeder.bareTimers(BARE_KEY, DUE_VARIABLE, size, due);
    double seeded = (System.nanoTime() - seeding) / 1e9;
    return drain(prefix, due, BARE_TIMER, List.of(BARE_END)).seeded(seeded);
  }

  /**
   * Moves the clock to {@link #LEAD} before {@code due}, lets the clients submit, and waits until no job of the
   * instances with business keys starting {@code prefix} is due any more.
   */
  private Drain drain(String prefix, Date due, String timer, List<String> doneActivities) throws Exception {
    List<BacklogSeeder.Citizen> citizens = seeder.citizens(clients * APPLICANTS_PER_CLIENT);
    ClockUtil.offset(due.getTime() - LEAD.toMillis() - System.currentTimeMillis());
    // tokens from the moved clock, so that they live on it
    TokenService tokens = context.getBean(TokenService.class);
    List<List<CitizenSubmissions.Applicant>> perClient = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      perClient.add(new ArrayList<>());
    }
    for (int i = 0; i < citizens.size(); i++) {
      BacklogSeeder.Citizen c = citizens.get(i);
      perClient.get(i % clients).add(new CitizenSubmissions.Applicant(tokens.login(c.id()).token(), c.phone()));
    }
    String port = context.getEnvironment().getProperty("local.server.port");
    try (CitizenSubmissions submissions = new CitizenSubmissions("http://127.0.0.1:" + port,
        context.getBean(ObjectMapper.class), clients)) {
      submissions.start(perClient);
      Thread.sleep(Math.max(0, due.getTime() - ClockUtil.now().getTime()));
      long statements = StatementCounter.executed();
      submissions.startTiming();
      long deadline = System.nanoTime() + drainLimit.toNanos();
      long remaining = remaining(prefix);
      while (remaining > 0 && System.nanoTime() < deadline) {
        Thread.sleep(POLL_MILLIS);
        remaining = remaining(prefix);
      }
      Measurement timed = submissions.stop();
      long drainStatements = StatementCounter.executed() - statements;
      return new Drain(prefix, due, timer, doneActivities, remaining, drainStatements, timed,
          submissions.failures(), submissions.firstFailure()).measure();
    }
  }

  /** Jobs of the seeded instances that are due and may still run (retries left). */
  private long remaining(String prefix) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_job j JOIN act_ru_execution e "
        + "ON e.id_ = j.process_instance_id_ WHERE e.business_key_ LIKE ? AND j.retries_ > 0 "
        + "AND (j.duedate_ IS NULL OR j.duedate_ <= ?)", Long.class, prefix + "%",
        new Timestamp(ClockUtil.now().getTime()));
  }

  /** One drain: what the history says about it, and the submissions timed meanwhile. */
  private final class Drain {
    private final String prefix;
    private final Date due;
    private final String timer;
    private final List<String> doneActivities;
    private final long left;
    private final long statements;
    private final Measurement submissions;
    private final int failedSubmissions;
    private final String firstFailure;
    private Measurement drain;
    private double firstPickup;
    private double seconds;
    private long failedJobRuns;
    private long incidents;
    private double seeded;

    Drain(String prefix, Date due, String timer, List<String> doneActivities, long left, long statements,
        Measurement submissions, int failedSubmissions, String firstFailure) {
      this.prefix = prefix;
      this.due = due;
      this.timer = timer;
      this.doneActivities = doneActivities;
      this.left = left;
      this.statements = statements;
      this.submissions = submissions;
      this.failedSubmissions = failedSubmissions;
      this.firstFailure = firstFailure;
    }

    Drain measure() {
      Timestamp firstFired = jdbc.queryForObject("SELECT MIN(a.end_time_) FROM act_hi_actinst a "
          + "JOIN act_hi_procinst p ON p.proc_inst_id_ = a.proc_inst_id_ WHERE p.business_key_ LIKE ? "
          + "AND a.act_id_ = ?", Timestamp.class, prefix + "%", timer);
      firstPickup = firstFired == null ? Double.NaN : (firstFired.getTime() - due.getTime()) / 1e3;
      String in = String.join(", ", doneActivities.stream().map(a -> "'" + a + "'").toList());
      List<Long> latencies = jdbc.queryForList("SELECT a.end_time_ FROM act_hi_actinst a "
          + "JOIN act_hi_procinst p ON p.proc_inst_id_ = a.proc_inst_id_ WHERE p.business_key_ LIKE ? "
          + "AND a.act_id_ IN (" + in + ") AND a.end_time_ IS NOT NULL", Timestamp.class, prefix + "%")
          .stream().map(t -> t.getTime() - due.getTime()).sorted().toList();
      long last = latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1);
      seconds = last / 1e3;
      drain = new Measurement(latencies.size(), latencies.size() / Math.max(seconds, 1e-3),
          percentile(latencies, 50), percentile(latencies, 99), (double) statements / Math.max(1, latencies.size()));
      failedJobRuns = jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_job_log l JOIN act_hi_procinst p "
          + "ON p.proc_inst_id_ = l.process_instance_id_ WHERE p.business_key_ LIKE ? AND l.job_state_ = 1",
          Long.class, prefix + "%");
      incidents = jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_incident i JOIN act_ru_execution e "
          + "ON e.id_ = i.proc_inst_id_ WHERE e.business_key_ LIKE ?", Long.class, prefix + "%");
      return this;
    }

    Drain seeded(double seconds) {
      this.seeded = seconds;
      return this;
    }

    Measurement drain() {
      return drain;
    }

    Measurement submissions() {
      return submissions;
    }

    String describe(String what) {
      return String.format(Locale.ROOT, "%s: %d instances seeded in %.0f s; first picked up %.1f s after due, "
              + "%d done %.1f s after due (%.1f/s; %s), %d failed job runs, %d incidents; %d timed submissions, "
              + "%d refused or failed%s",
          what, size, seeded, firstPickup, drain.operations(), seconds, drain.perSecond(),
          left == 0 ? "drained" : left + " jobs still due at the limit of " + drainLimit.toMinutes() + " min",
          failedJobRuns, incidents, submissions.operations(), failedSubmissions,
          firstFailure == null ? "" : " (first: " + firstFailure + ")");
    }
  }

  private static double percentile(List<Long> sortedMillis, int p) {
    if (sortedMillis.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedMillis.size()) - 1;
    return sortedMillis.get(Math.max(0, index));
  }
}
