package cn.trafficpolice.eservices.postgres;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.postgres.CitizenJourneys.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.JobState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database holds after the load, read against what the citizens were answered: per business, the
 * applications found, those still progressing or finished, and any that ran twice; across businesses, messages
 * sent twice, plates held twice and incidents.
 */
final class ClusterFigures {

  /** Statuses of an application that is under way or done as asked; REJECTED or CANCELLED would be a loss here. */
  private static final Set<String> PROGRESSING = Set.of("SUBMITTED", "IN_PROGRESS", "COMPLETED");

  private final JdbcClient database;

  ClusterFigures(JdbcClient database) {
    this.database = database;
  }

  /** The figures of one business, from its citizens' outcomes. */
  BusinessFigures of(Business business, List<Outcome> outcomes) {
    List<Outcome> mine = outcomes.stream().filter(o -> o.citizen().business() == business).toList();
    List<Long> citizens = mine.stream().map(o -> o.citizen().citizen().citizenId()).toList();
    Map<String, String> statusBySerial = database.sql("""
            SELECT serial_number, status FROM application WHERE business = :business AND citizen_id IN (:ids)""")
        .param("business", business.name()).param("ids", citizens).query().listOfRows().stream()
        .collect(Collectors.toMap(r -> (String) r.get("serial_number"), r -> (String) r.get("status")));
    List<String> acknowledged = mine.stream().filter(Outcome::acknowledged).map(Outcome::serial).toList();
    List<String> lost = acknowledged.stream().filter(s -> !statusBySerial.containsKey(s)).toList();
    List<String> stalled = acknowledged.stream().filter(statusBySerial::containsKey)
        .filter(s -> !PROGRESSING.contains(statusBySerial.get(s)) || !finishedOrRunning(s, statusBySerial.get(s)))
        .toList();
    long twiceForOneCitizen = database.sql("""
            SELECT COUNT(*) FROM (SELECT citizen_id FROM application WHERE business = :business
              AND citizen_id IN (:ids) GROUP BY citizen_id HAVING COUNT(*) > 1) d""")
        .param("business", business.name()).param("ids", citizens).query(Long.class).single();
    long startedTwice = statusBySerial.isEmpty() ? 0 : database.sql("""
            SELECT COUNT(*) FROM (SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ IN (:serials)
              GROUP BY BUSINESS_KEY_ HAVING COUNT(*) > 1) d""")
        .param("serials", statusBySerial.keySet()).query(Long.class).single();
    return new BusinessFigures(business, mine.size(), acknowledged.size(), mine.size() - acknowledged.size(),
        acknowledged.size() - lost.size(), statusBySerial.size(), acknowledged.size() - lost.size() - stalled.size(),
        twiceForOneCitizen + startedTwice, lost, stalled);
  }

  /** COMPLETED, or its process instance still runs (waiting for a timer, a message or a person). */
  private boolean finishedOrRunning(String serial, String status) {
    return "COMPLETED".equals(status) || database.sql(
            "SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = :serial AND PARENT_ID_ IS NULL")
        .param("serial", serial).query(Long.class).single() == 1;
  }

  /** Messages with one idempotency key written twice, delivered to a phone twice, or the same text twice. */
  List<Long> messagesSentTwice(List<String> phones) {
    List<Long> figures = new ArrayList<>();
    figures.add(database.sql("""
            SELECT COUNT(*) FROM (SELECT idempotency_key FROM sms_outbox GROUP BY idempotency_key
              HAVING COUNT(*) > 1) d""").query(Long.class).single());
    figures.add(database.sql("""
            SELECT COUNT(*) FROM (SELECT outbox_id FROM demo_sms_inbox GROUP BY outbox_id HAVING COUNT(*) > 1) d""")
        .query(Long.class).single());
    figures.add(database.sql("""
            SELECT COUNT(*) FROM (SELECT phone, text FROM sms_outbox WHERE phone IN (:phones)
              GROUP BY phone, text HAVING COUNT(*) > 1) d""").param("phones", phones).query(Long.class).single());
    return figures;
  }

  /** PP-12: plates selected by two vehicles, or reserved in the pool for another holder than their selection. */
  long platesHeldTwice() {
    long twice = database.sql("""
            SELECT COUNT(*) FROM (SELECT plate_number FROM plate_selection WHERE status = 'SELECTED'
              GROUP BY plate_number HAVING COUNT(*) > 1) d""").query(Long.class).single();
    long strayReservations = database.sql("""
            SELECT COUNT(*) FROM plate_pool p WHERE p.status = 'RESERVED' AND NOT EXISTS (
              SELECT 1 FROM plate_selection s WHERE s.status = 'SELECTED' AND s.plate_number = p.plate_number
                AND s.holder_ref = p.holder_ref)""").query(Long.class).single();
    return twice + strayReservations;
  }

  long contestedPlatesWon() {
    return database.sql("""
            SELECT COUNT(*) FROM plate_selection WHERE status = 'SELECTED' AND plate_number IN (:plates)""")
        .param("plates", ClusterFixtures.CONTESTED_PLATES).query(Long.class).single();
  }

  /** The jobs whose lock the node holds: read after its death, the jobs it had locked when it died. */
  List<String> jobsLockedBy(ClusterNode node) {
    return database.sql("SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ LIKE :owner")
        .param("owner", node.hostname() + "/%").query(String.class).list();
  }

  /** Of the jobs, those gone from ACT_RU_JOB whose job log has a success written by the node. */
  List<String> executedBy(List<String> jobs, ClusterNode node) {
    if (jobs.isEmpty()) {
      return List.of();
    }
    return database.sql("""
            SELECT DISTINCT l.JOB_ID_ FROM ACT_HI_JOB_LOG l WHERE l.JOB_ID_ IN (:jobs) AND l.HOSTNAME_ = :host
              AND l.JOB_STATE_ = :successful AND NOT EXISTS (SELECT 1 FROM ACT_RU_JOB j WHERE j.ID_ = l.JOB_ID_)""")
        .param("jobs", jobs).param("host", node.hostname()).param("successful", JobState.SUCCESSFUL.getStateCode())
        .query(String.class).list();
  }

  /** Jobs the executor should run now: due, retries left, not suspended. */
  long dueJobs() {
    return database.sql("""
            SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1
              AND (DUEDATE_ IS NULL OR DUEDATE_ <= CURRENT_TIMESTAMP)""").query(Long.class).single();
  }

  /** Open tasks of the queues the reviewers work. */
  long openReviews() {
    return database.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ IN (:keys)")
        .param("keys", ReviewDesk.QUEUES.stream().map(ReviewDesk.Queue::taskDefinitionKey).toList())
        .query(Long.class).single();
  }

  long incidents() {
    return database.sql("SELECT COUNT(*) FROM ACT_RU_INCIDENT").query(Long.class).single();
  }

  /**
   * @param found       applications of the business's citizens in the database, acknowledged or not
   * @param progressing acknowledged applications found finished or still under way
   * @param duplicates  citizens with two applications of the business, plus serials whose process started twice
   */
  record BusinessFigures(Business business, int submitted, int acknowledged, int errors, int acknowledgedFound,
      int found, int progressing, long duplicates, List<String> lost, List<String> stalled) {

    String line() {
      return "%-8s %9d %12d %6d %11d %9d %11d %10d".formatted(business.serialCode(), submitted, acknowledged,
          errors, acknowledgedFound, found, progressing, duplicates);
    }

    /** found (acked): acknowledged ones found; found (all): with those whose answer the citizen never got */
    static String header() {
      return "business submitted acknowledged errors found(acked) found(all) progressing duplicates";
    }
  }
}
