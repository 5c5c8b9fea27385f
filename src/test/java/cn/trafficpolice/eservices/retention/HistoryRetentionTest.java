package cn.trafficpolice.eservices.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The nightly cleanup window is set in office time; the engine reads it in the JVM's zone. */
class HistoryRetentionTest {

  private final TimeZone jvmZone = TimeZone.getDefault();

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(jvmZone);
  }

  @Test
  void theWindowIsOfficeTimeOnANodeRunningInUtc() {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    var retention = new RetentionProperties(true, LocalTime.of(1, 0), LocalTime.of(5, 0), 300, Map.of());

    new HistoryRetention(retention, Clock.system(ZoneId.of("Asia/Shanghai"))).preInit(configuration);

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("17:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("21:00");
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(300);
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
  }

  @Test
  void aNodeWithoutNightlyCleanupSchedulesNone() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    var retention = new RetentionProperties(false, LocalTime.of(1, 0), LocalTime.of(5, 0), 500, Map.of());

    new HistoryRetention(retention, Clock.system(ZoneId.of("Asia/Shanghai"))).preInit(configuration);

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isNull();
  }
}
