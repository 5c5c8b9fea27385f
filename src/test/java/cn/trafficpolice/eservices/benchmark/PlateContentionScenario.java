package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.benchmark.CitizenSeeder.Citizen;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, PP-4 and PP-12 under load: {@value #SELECTIONS} verified pre-selections of {@value #CLIENTS} clients
 * at once propose plates of one pool of {@value #PLATES} fresh plates ({@value #PROPOSALS} a check, the office's
 * count), so that ten vehicles want every plate. Afterwards no plate may be selected twice, every winner must hold
 * its plate in the pool, and every other answer must be a refusal the citizen can read (taken, or 409).
 */
final class PlateContentionScenario {

  static final int CLIENTS = 16;
  static final int SELECTIONS = 1000;
  static final int PLATES = 100;
  static final int PROPOSALS = 2;
  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
  private static final String BASE = "/api/v1/plate-preselections";

  private final JdbcTemplate jdbc;
  private final RestFront front;
  private final CitizenSeeder citizens;
  private final SubmissionScenario sms;

  PlateContentionScenario(JdbcTemplate jdbc, RestFront front, CitizenSeeder citizens, SubmissionScenario sms) {
    this.jdbc = jdbc;
    this.front = front;
    this.citizens = citizens;
    this.sms = sms;
  }

  void run(Report report) throws Exception {
    List<String> plates = freshPool();
    List<Citizen> buyers = citizens.create(SELECTIONS);
    citizens.newVehicles(buyers);
    String[] tokens = new String[SELECTIONS];
    long[] selections = new long[SELECTIONS];
    Measurement.of(SubmissionScenario.CLIENTS, SELECTIONS, (c, i) -> {
      Citizen buyer = buyers.get(i);
      tokens[i] = citizens.token(buyer);
      selections[i] = front.post(tokens[i], BASE, Map.of("vin", buyer.vin(), "certificateNumber",
          buyer.certificateNumber(), "officeCode", CitizenSeeder.OFFICE, "noticeAccepted", true), 201)
          .get("selectionId").asLong();
      String code = sms.smsCode(buyer, tokens[i], "PLATE_PRESELECTION", buyer.vin());
      front.post(tokens[i], BASE + "/" + selections[i] + "/verification", Map.of("code", code), 200);
    });
    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    Measurement app = Measurement.of(CLIENTS, SELECTIONS, (c, i) -> {
      List<String> proposed = List.of(plates.get(i % PLATES), plates.get((i + 1) % PLATES));
      HttpResponse<String> answer = front.post(tokens[i], BASE + "/" + selections[i] + "/self-composed-checks",
          Map.of("plates", proposed));
      outcomes.computeIfAbsent(outcome(answer), k -> new AtomicInteger()).incrementAndGet();
    });
    int winners = checkedWinners(plates, outcomes);
    report.row("plates: " + SELECTIONS + " self-composed checks over " + PLATES + " plates (PP-4, PP-12)", CLIENTS,
        app);
    report.note("plates: outcomes " + new TreeMap<>(outcomes) + "; " + winners + " plates selected, none twice; "
        + "timed: the check only (phase 1 and the SMS verification prepared beforehand through the front); no bare "
        + "engine figure (nothing in the engine contends)");
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
