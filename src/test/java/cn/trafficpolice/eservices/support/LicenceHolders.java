package cn.trafficpolice.eservices.support;

import cn.trafficpolice.eservices.validation.IdNumbers;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fresh citizens with a driver licence in the state a test needs, so that tests sharing the application context
 * (and its database) never share an applicant, a phone's SMS quota or a licence's open application.
 */
public class LicenceHolders {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final JdbcClient jdbc;
  private final String passwordHash;

  public LicenceHolders(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwordHash = passwords.encode(CitizenClient.DEMO_PASSWORD);
  }

  /** A real-name citizen of 湛江 whose licence holds the given states, e.g. "A" or "HM". */
  public Holder create(String states) {
    return create(states, true);
  }

  public Holder create(String states, boolean realName) {
    int n = NEXT.incrementAndGet();
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(n);
    String first17 = "440802" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(n % 1000);
    String idNumber = first17 + IdNumbers.checkCharacter(first17);
    String phone = "1376%07d".formatted(n);
    String name = "测试" + n;
    jdbc.sql("""
            INSERT INTO citizen (phone, password_hash, name, id_number, real_name, created_at)
            VALUES (:phone, :hash, :name, :idNumber, :realName, :now)""")
        .param("phone", phone).param("hash", passwordHash).param("name", name).param("idNumber", idNumber)
        .param("realName", realName).param("now", OffsetDateTime.parse("2026-01-05T09:00:00+08:00"))
        .update();
    jdbc.sql("""
            INSERT INTO driver_licence (licence_number, id_number, holder_name, sex, birth_date, nationality,
                address, first_issue_date, licence_class, valid_from, valid_until, states, issuing_authority,
                office_code, file_number)
            VALUES (:idNumber, :idNumber, :name, '男', :birth, '中国', '广东省湛江市赤坎区海滨大道北30号',
                DATE '2012-01-15', 'C1', DATE '2024-01-15', DATE '2030-01-15', :states,
                '广东省湛江市公安局交通警察支队', '440800', :fileNumber)""")
        .param("idNumber", idNumber).param("name", name).param("birth", birth).param("states", states)
        .param("fileNumber", "4408%08d".formatted(n))
        .update();
    return new Holder(idOf(phone), phone, idNumber, name);
  }

  /** Changes the licence's states in the registry, as the police would after the application. */
  public void setStates(Holder holder, String states) {
    jdbc.sql("UPDATE driver_licence SET states = :states WHERE licence_number = :number")
        .param("states", states).param("number", holder.licenceNumber()).update();
  }

  private long idOf(String phone) {
    return jdbc.sql("SELECT id FROM citizen WHERE phone = :phone").param("phone", phone).query(Long.class)
        .single();
  }

  /** A citizen and their licence (the licence number is the ID number). */
  public record Holder(long citizenId, String phone, String idNumber, String name) {
    public String licenceNumber() {
      return idNumber;
    }
  }
}
