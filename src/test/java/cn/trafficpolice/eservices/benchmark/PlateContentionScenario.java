package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.benchmark.CitizenSeeder.Citizen;
import cn.trafficpolice.eservices.plate.PlateProperties;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, PP-4 and PP-12 under load: {@value #SELECTIONS} verified pre-selections of {@value #CLIENTS} clients
 * at once propose plates of one pool of {@value #PLATES} fresh plates (as many a check as the office asks, two by
 * default), so that every plate is wanted by many vehicles at the same time. Afterwards no plate may be selected twice, every winner must hold
 * its plate in the pool, and every other answer must be a refusal the citizen can read (taken, or 409).
 */
final class PlateContentionScenario {

  static final int CLIENTS = 16;
  static final int SELECTIONS = 1000;
  static final int PLATES = 100;
  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final String BASE = "/api/v1/plate-preselections";

  private final JdbcTemplate jdbc;
  private final RestFront front;
  private final CitizenSeeder citizens;
  private final PlateProperties plateRules;
  private final Clock clock;

  PlateContentionScenario(JdbcTemplate jdbc, RestFront front, CitizenSeeder citizens, PlateProperties plateRules,
      Clock clock) {
    this.jdbc = jdbc;
    this.front = front;
    this.citizens = citizens;
    this.plateRules = plateRules;
    this.clock = clock;
  }

  void run(Report report) throws Exception {
    PlateProperties.ServiceHours hours = plateRules.rulesOf(CitizenSeeder.OFFICE).serviceHours();
    if (!hours.contain(LocalTime.now(clock))) {
      // PP-3: the office refuses every check outside its hours, so there is no contention to measure
      report.note("plates: not run, " + LocalTime.now(clock).withNano(0) + " is outside the office's service hours "
          + hours + " (China time)");
      return;
    }
    List<String> plates = freshPool();
    List<Citizen> buyers = citizens.create(SELECTIONS);
    citizens.newVehicles(buyers);
    String[] tokens = new String[SELECTIONS];
    Measurement.of(SubmissionScenario.CLIENTS, SELECTIONS, (c, i) -> tokens[i] = citizens.token(buyers.get(i)));
    long[] selections = verifiedSelections(buyers);
    int proposals = plateRules.rulesOf(CitizenSeeder.OFFICE).proposalsPerCheck();
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    Measurement app = Measurement.of(CLIENTS, SELECTIONS, (c, i) -> {
      List<String> proposed = IntStream.range(0, proposals).mapToObj(k -> plates.get((i + k) % PLATES)).toList();
      HttpResponse<String> answer = front.post(tokens[i], BASE + "/" + selections[i] + "/self-composed-checks",
          Map.of("plates", proposed));
      outcomes.computeIfAbsent(outcome(answer), k -> new AtomicInteger()).incrementAndGet();
    });
    int winners = checkedWinners(plates, outcomes);
    report.row("plates: " + SELECTIONS + " self-composed checks over " + PLATES + " plates (PP-4, PP-12)", CLIENTS,
        app);
    report.note("plates: outcomes " + new TreeMap<>(outcomes) + "; " + winners + " plates selected, none twice; "
        + "timed: the check only; the selections opened and SMS-verified by SQL beforehand, as phase 1 and PP-3 "
        + "leave them; no bare engine figure (the engine takes no part in the contention)");
  }

  /**
   * Each buyer's selection as phase 1 (PP-2) and the SMS check (PP-3) leave it: opened with the office's counters,
   * verified now. Written by SQL: through the front, four requests per buyer took minutes of the run's ten.
   */
  private long[] verifiedSelections(List<Citizen> buyers) {
    citizens.openSelections(buyers, buyers.stream().map(Citizen::vin).toList(),
        plateRules.rulesOf(CitizenSeeder.OFFICE), OffsetDateTime.now(clock));
    return buyers.stream().mapToLong(buyer -> jdbc.queryForObject("SELECT id FROM plate_selection WHERE vin = ?",
        Long.class, buyer.vin())).toArray();
  }

  private String outcome(HttpResponse<String> answer) {
    if (answer.statusCode() == 200) {
      return front.read(answer).get("selected").asBoolean() ? "selected" : "both taken";
    }
    String code = front.read(answer).path("code").asText("?");
    if (answer.statusCode() == 409) {
      return "409 " + code;
    }
    throw new IllegalStateException("a plate check answered " + answer.statusCode() + ": " + answer.body());
  }

  /** Every plate at most once, winners and pool agreeing. @return the number of winners */
  private int checkedWinners(List<String> plates, Map<String, AtomicInteger> outcomes) {
    String in = String.join(",", plates.stream().map(p -> "'" + p + "'").toList());
    Integer twice = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT plate_number FROM plate_selection WHERE "
        + "plate_number IN (" + in + ") AND status = 'SELECTED' GROUP BY plate_number HAVING COUNT(*) > 1) t",
        Integer.class);
    Integer selected = jdbc.queryForObject("SELECT COUNT(*) FROM plate_selection WHERE plate_number IN (" + in
        + ") AND status = 'SELECTED'", Integer.class);
    Integer reserved = jdbc.queryForObject("SELECT COUNT(*) FROM plate_pool WHERE plate_number IN (" + in
        + ") AND status = 'RESERVED'", Integer.class);
    int winners = outcomes.getOrDefault("selected", new AtomicInteger()).get();
    if (twice != 0 || selected != winners || reserved != winners || winners > PLATES) {
      throw new IllegalStateException("plates selected twice: " + twice + ", selections " + selected
          + ", reserved in the pool " + reserved + ", winners answered " + winners);
    }
    return winners;
  }

  /**
   * {@value #PLATES} plates of 湛江 no run used before: 粤G, two digits, two letters naming the run, one digit.
   * Never three equal digits in a row, which 湛江 does not issue (ForbiddenPlatePatterns).
   */
  private List<String> freshPool() {
    for (int run = 0; run < LETTERS.length() * LETTERS.length() * 10; run++) {
      String tail = "" + LETTERS.charAt(run / 10 / LETTERS.length()) + LETTERS.charAt(run / 10 % LETTERS.length())
          + run % 10;
      List<String> plates = new ArrayList<>();
      for (int i = 0; i < PLATES; i++) {
        plates.add("粤G%02d%s".formatted(i, tail));
      }
      if (jdbc.queryForObject("SELECT COUNT(*) FROM plate_pool WHERE plate_number = ?", Integer.class,
          plates.get(0)) == 0) {
        jdbc.batchUpdate("INSERT INTO plate_pool (plate_number, office_code, plate_kind, status) VALUES (?, ?, "
            + "'ORDINARY_SMALL', 'AVAILABLE')", plates, PLATES, (ps, plate) -> {
              ps.setString(1, plate);
              ps.setString(2, CitizenSeeder.OFFICE);
            });
        return plates;
      }
    }
    throw new IllegalStateException("no fresh plates left for the contention scenario");
  }
}
