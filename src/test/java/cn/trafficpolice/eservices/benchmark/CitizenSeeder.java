package cn.trafficpolice.eservices.benchmark;

import cn.trafficpolice.eservices.plate.PlateProperties;
import cn.trafficpolice.eservices.security.TokenService;
import cn.trafficpolice.eservices.validation.IdNumbers;
import cn.trafficpolice.eservices.validation.Vins;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizens in volume, written by SQL into the app's and the registries' tables: each one a real-name account with a
 * normal (A) driver licence of 湛江 and a household record that allows an online ID card reissue, as the demo's
 * outside registries would hold them. Numbers (phone 170…, ID numbers of area 440811, VINs LBMCH…) continue after
 * the highest one already in the database, so a kept database never gets the same citizen twice. Tokens are minted
 * by the token service itself, as a login would after the password check: one bcrypt hash is shared by all.
 */
final class CitizenSeeder {

  static final String PHONE_PREFIX = "170";
  static final String OFFICE = "440800";
  private static final int BATCH = 500;
  private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-01-05T09:00:00+08:00");
  private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final TokenService tokens;
  private final String passwordHash;
  private long next = -1;

  CitizenSeeder(JdbcTemplate jdbc, TransactionTemplate transactions, TokenService tokens, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.tokens = tokens;
    this.passwordHash = passwords.encode("Bench@12345");
  }

  record Citizen(long id, long n, String phone, String idNumber, String name) {
    /** The citizen's own VIN: new (to pre-select a plate for) or registered (for others to file). */
    String vin() {
      String first17 = "LBMCH0000" + "%08d".formatted(n);
      return first17.substring(0, 8) + Vins.checkDigit(first17) + first17.substring(9);
    }

    String certificateNumber() {
      return "WBJ" + OFFICE + "%07d".formatted(n);
    }

    /** A registered ordinary plate of 湛江 (粤G + two letters + three digits), unique per citizen. */
    String plateNumber() {
      int letters = (int) (n / 1000);
      return "粤G" + LETTERS.charAt(letters / LETTERS.length() % LETTERS.length())
          + LETTERS.charAt(letters % LETTERS.length()) + "%03d".formatted(n % 1000);
    }
  }

  /** {@code count} new citizens with licence and household record, in batches of {@value #BATCH}. */
  synchronized List<Citizen> create(int count) {
    if (next < 0) {
      String highest = jdbc.queryForObject("SELECT MAX(phone) FROM citizen WHERE phone LIKE ?", String.class,
          PHONE_PREFIX + "%");
      next = highest == null ? 1 : Long.parseLong(highest.substring(PHONE_PREFIX.length())) + 1;
    }
    List<Citizen> created = new ArrayList<>();
    for (int from = 0; from < count; from += BATCH) {
      List<Citizen> batch = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + BATCH); i++) {
        long n = next++;
        LocalDate birth = birthDate(n);
        String first17 = "440811" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
        batch.add(new Citizen(0, n, PHONE_PREFIX + "%08d".formatted(n), first17 + IdNumbers.checkCharacter(first17),
            "压测" + n));
      }
      created.addAll(transactions.execute(tx -> insert(batch)));
    }
    return created;
  }

  /** A new car bought by the citizen, not registered yet: what plate pre-selection starts from (PP-2). */
  void newVehicles(List<Citizen> buyers) {
    vehicles(buyers, false);
  }

  /** A car registered to the citizen with an ordinary plate: what others file to drive (NF-1). */
  void registeredVehicles(List<Citizen> owners) {
    vehicles(owners, true);
  }

  /**
   * Pre-selections as phase 1 (PP-2) and the SMS check (PP-3) leave them: one per holder, of the vehicle at the same
   * position, opened with the office's counters and verified at {@code verifiedAt}.
   */
  void openSelections(List<Citizen> holders, List<String> vins, PlateProperties.OfficeRules rules,
      OffsetDateTime verifiedAt) {
    jdbc.batchUpdate("""
        INSERT INTO plate_selection (vin, open_vin, citizen_id, office_code, plate_kind, holder_ref,
            self_composed_left, random_batches_left, status, created_at, verified_at)
        VALUES (?, ?, ?, ?, 'ORDINARY_SMALL', ?, ?, ?, 'SELECTING', ?, ?)""",
        IntStream.range(0, holders.size()).boxed().toList(), BATCH, (ps, i) -> {
          ps.setString(1, vins.get(i));
          ps.setString(2, vins.get(i));
          ps.setLong(3, holders.get(i).id());
          ps.setString(4, OFFICE);
          ps.setString(5, "PS-BENCH-" + holders.get(i).n());
          ps.setInt(6, rules.selfComposedCount());
          ps.setInt(7, rules.randomBatches());
          ps.setObject(8, verifiedAt);
          ps.setObject(9, verifiedAt);
        });
  }

  /** A bearer token of a new login session, without the password check's bcrypt. */
  String token(Citizen citizen) {
    return tokens.login(citizen.id()).token();
  }

  private static LocalDate birthDate(long n) {
    return LocalDate.of(1950, 1, 1).plusDays(n / 1000);
  }

  private List<Citizen> insert(List<Citizen> batch) {
    jdbc.batchUpdate("""
        INSERT INTO citizen (phone, password_hash, name, id_number, real_name, created_at)
        VALUES (?, ?, ?, ?, TRUE, ?)""", batch, batch.size(), (ps, c) -> {
          ps.setString(1, c.phone());
          ps.setString(2, passwordHash);
          ps.setString(3, c.name());
          ps.setString(4, c.idNumber());
          ps.setObject(5, CREATED);
        });
    jdbc.batchUpdate("""
        INSERT INTO driver_licence (licence_number, id_number, holder_name, sex, birth_date, nationality, address,
            first_issue_date, licence_class, valid_from, valid_until, states, issuing_authority, office_code,
            file_number)
        VALUES (?, ?, ?, '男', ?, '中国', '广东省湛江市麻章区瑞云路1号', DATE '2012-01-15', 'C1', DATE '2024-01-15',
            DATE '2030-01-15', 'A', '广东省湛江市公安局交通警察支队', ?, ?)""", batch, batch.size(), (ps, c) -> {
          ps.setString(1, c.idNumber());
          ps.setString(2, c.idNumber());
          ps.setString(3, c.name());
          ps.setDate(4, Date.valueOf(birthDate(c.n())));
          ps.setString(5, OFFICE);
          ps.setString(6, "4411%08d".formatted(c.n()));
        });
    jdbc.batchUpdate("""
        INSERT INTO household_record (id_number, name, sex, ethnicity, birth_date, address, police_station,
            fingerprints_collected, fingerprints_taken_on, card_photo_taken_on, card_valid_until,
            household_changed_on, last_card_application_on, remote_area)
        VALUES (?, ?, '男', '汉族', ?, '广东省湛江市麻章区瑞云路1号', '湛江市公安局麻章派出所', TRUE, DATE '2020-05-01',
            DATE '2020-05-01', DATE '2040-05-01', NULL, DATE '2020-05-01', FALSE)""", batch, batch.size(),
        (ps, c) -> {
          ps.setString(1, c.idNumber());
          ps.setString(2, c.name());
          ps.setDate(3, Date.valueOf(birthDate(c.n())));
        });
    List<Citizen> withIds = new ArrayList<>();
    for (Citizen c : batch) {
      long id = jdbc.queryForObject("SELECT id FROM citizen WHERE phone = ?", Long.class, c.phone());
      withIds.add(new Citizen(id, c.n(), c.phone(), c.idNumber(), c.name()));
    }
    return withIds;
  }

  private void vehicles(List<Citizen> owners, boolean registered) {
    transactions.executeWithoutResult(tx -> jdbc.batchUpdate("""
        INSERT INTO vehicle (vin, plate_type, plate_number, vehicle_kind, use_character, owner_kind, owner_id_number,
            owner_name, owner_phone, engine_number, brand_model, conformity_cert_number, office_code, registered_on)
        VALUES (?, ?, ?, 'SMALL_CAR', 'NON_COMMERCIAL', 'PERSON', ?, ?, ?, ?, '别克牌SGM7151', ?, ?, ?)""",
        owners, BATCH, (ps, c) -> {
          ps.setString(1, c.vin());
          ps.setString(2, registered ? "02" : null);
          ps.setString(3, registered ? c.plateNumber() : null);
          ps.setString(4, c.idNumber());
          ps.setString(5, c.name());
          ps.setString(6, c.phone());
          ps.setString(7, "BM%08d".formatted(c.n()));
          ps.setString(8, c.certificateNumber());
          ps.setString(9, OFFICE);
          ps.setDate(10, registered ? Date.valueOf(LocalDate.of(2023, 5, 10)) : null);
        }));
  }
}
