package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.licenceloss.DeliveryMethod;
import cn.trafficpolice.eservices.licenceloss.LicenceLossProcess;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The data of the timer backlog: licence-loss applications as a submission leaves them (citizen, licence, the
 * application's rows), written in JDBC batches, and their processes started through the engine as
 * {@code LicenceLossStarter} starts them, so every instance waits at Timer_NextWorkingDay with the engine's own
 * rows. Each application has a citizen and a licence of its own: acceptance voids the licence (LL-7), so shared
 * licences would refuse all but the first. Every run adds fresh citizens, numbered after those already there, so a
 * kept database takes another run.
 */
final class BacklogSeeder {

  /** Business keys (serial numbers) of the seeded applications start with this, then the run's number. */
  static final String SERIAL_PREFIX = "BKLG";
  /** Seeded citizens' phones: 17 then nine digits; the demo citizens use 13x. */
  private static final String PHONE_PREFIX = "17";
  private static final String OFFICE = "440800";
  static final String PICKUP_SITE = "ZJ-CGS";
  private static final int BATCH = 500;
  /** Never used to log in: the benchmark's citizens get their tokens from TokenService. */
  private static final String NO_LOGIN_HASH = "{noop}benchmark-no-login";

  private final ProcessEngine engine;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  BacklogSeeder(ProcessEngine engine, TransactionTemplate transactions, JdbcTemplate jdbc) {
    this.engine = engine;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** A citizen with a valid licence of the Zhanjiang office and no application. */
  record Citizen(long id, String phone, String licenceNumber) {
  }

  /** @return {@code count} new real-name citizens, each with a licence of their own in state A */
  List<Citizen> citizens(int count) {
    long first = nextNumber();
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> citizens = new ArrayList<>();
    List<Object[]> licences = new ArrayList<>();
    for (long n = first; n < first + count; n++) {
      String phone = PHONE_PREFIX + String.format("%09d", n);
      String idNumber = "BK" + String.format("%016d", n);
      citizens.add(new Object[] {phone, NO_LOGIN_HASH, "压测" + n, idNumber, now});
      licences.add(new Object[] {idNumber, idNumber, "压测" + n, "广东省湛江市赤坎区海滨大道北" + (n % 100) + "号",
          OFFICE + String.format("%06d", n % 1_000_000)});
    }
    transactions.executeWithoutResult(tx -> {
      jdbc.batchUpdate("INSERT INTO citizen (phone, password_hash, name, id_number, real_name, created_at) "
          + "VALUES (?, ?, ?, ?, TRUE, ?)", citizens);
      jdbc.batchUpdate("INSERT INTO driver_licence (licence_number, id_number, holder_name, sex, birth_date, "
          + "nationality, address, first_issue_date, licence_class, valid_from, valid_until, states, "
          + "issuing_authority, office_code, file_number) VALUES (?, ?, ?, '男', DATE '1985-03-12', '中国', ?, "
          + "DATE '2012-01-15', 'C1', DATE '2025-03-12', DATE '2031-03-12', 'A', '广东省湛江市公安局交通警察支队', '"
          + OFFICE + "', ?)", licences);
    });
    return jdbc.query("SELECT c.id, c.phone, l.licence_number FROM citizen c JOIN driver_licence l "
            + "ON l.id_number = c.id_number WHERE c.phone >= ? AND c.phone <= ? ORDER BY c.phone",
        (rs, i) -> new Citizen(rs.getLong(1), rs.getString(2), rs.getString(3)),
        PHONE_PREFIX + String.format("%09d", first), PHONE_PREFIX + String.format("%09d", first + count - 1));
  }

  /**
   * One submitted application per citizen, half by post and half at the window, every one submitted at
   * {@code submittedAt}, so that all their acceptance timers fall due at the same minute; then their processes,
   * in transactions of {@value #BATCH} on two threads.
   *
   * @return the serial-number prefix of this run's applications
   */
  String applications(List<Citizen> citizens, Date submittedAt) throws Exception {
    String prefix = SERIAL_PREFIX + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-";
    Timestamp at = new Timestamp(submittedAt.getTime());
    List<Object[]> applications = new ArrayList<>();
    List<Object[]> licenceLoss = new ArrayList<>();
    for (int i = 0; i < citizens.size(); i++) {
      Citizen c = citizens.get(i);
      String serial = prefix + i;
      boolean postal = i % 2 == 0;
      applications.add(new Object[] {serial, Business.LICENCE_LOSS_REPLACEMENT.name(), c.id(), c.licenceNumber(),
          c.licenceNumber(), at, at});
      licenceLoss.add(new Object[] {serial, c.id(), c.licenceNumber(), method(i).name(), postal ? null : PICKUP_SITE,
          postal ? "收件人" : null, postal ? "13912345678" : null, postal ? "广东省湛江市赤坎区海滨大道北30号" : null, at});
    }
    transactions.executeWithoutResult(tx -> {
      jdbc.batchUpdate("INSERT INTO application (serial_number, business, citizen_id, subject, open_subject, "
          + "status, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, 'SUBMITTED', ?, ?)", applications);
      jdbc.batchUpdate("INSERT INTO licence_loss_application (serial_number, citizen_id, licence_number, "
          + "delivery_method, pickup_site_id, recipient, recipient_phone, postal_address, declared_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", licenceLoss);
    });
    inBatches(citizens.size(), (from, to) -> {
      for (int i = from; i < to; i++) {
        engine.getRuntimeService().createProcessInstanceByKey(LicenceLossProcess.KEY)
            .businessKey(prefix + i)
            .setVariable(LicenceLossProcess.SUBMITTED_AT, submittedAt)
            .setVariable(LicenceLossProcess.DELIVERY_METHOD, method(i).name())
            .execute();
      }
    });
    return prefix;
  }

  /** Instances of the bare engine's timer→end process, all due at {@code dueAt}. */
  String bareTimers(String processKey, String dueVariable, int count, Date dueAt) throws Exception {
    String prefix = "BARE" + Long.toString(System.currentTimeMillis(), 36).toUpperCase() + "-";
    inBatches(count, (from, to) -> {
      for (int i = from; i < to; i++) {
        engine.getRuntimeService().createProcessInstanceByKey(processKey).businessKey(prefix + i)
            .setVariable(dueVariable, dueAt).execute();
      }
    });
    return prefix;
  }

  private static DeliveryMethod method(int i) {
    return i % 2 == 0 ? DeliveryMethod.POSTAL : DeliveryMethod.WINDOW;
  }

  private long nextNumber() {
    String last = jdbc.queryForObject("SELECT MAX(phone) FROM citizen WHERE phone LIKE '" + PHONE_PREFIX + "%'",
        String.class);
    return last == null ? 1 : Long.parseLong(last.substring(PHONE_PREFIX.length())) + 1;
  }

  private interface Range {
    void run(int from, int to);
  }

  private void inBatches(int count, Range range) throws Exception {
    int batches = (count + BATCH - 1) / BATCH;
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        futures.add(pool.submit(() -> {
          for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
            int from = b * BATCH;
            transactions.executeWithoutResult(tx -> range.run(from, Math.min(count, from + BATCH)));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
