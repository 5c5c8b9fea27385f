package cn.trafficpolice.eservices.serial;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * SH-2 serial numbers (业务流水号): business code, date, and a number from one database sequence, so every node of
 * a cluster draws distinct numbers. Example: {@code LL2026112200000042}.
 */
@Component
public class SerialNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final DataFieldMaxValueIncrementer sequence;
  private final Clock clock;

  SerialNumberGenerator(DataSource dataSource, Clock clock) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
    this.sequence = "PostgreSQL".equals(product)
        ? new PostgresSequenceMaxValueIncrementer(dataSource, "serial_number_seq")
        : new H2SequenceMaxValueIncrementer(dataSource, "serial_number_seq");
    this.clock = clock;
  }

  /** @param businessCode two capital letters naming the business, e.g. {@code LL} */
  public String next(String businessCode) {
    return businessCode + LocalDate.now(clock).format(DAY) + "%08d".formatted(sequence.nextLongValue());
  }
}
