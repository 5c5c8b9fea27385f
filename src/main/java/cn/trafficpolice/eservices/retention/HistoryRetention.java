package cn.trafficpolice.eservices.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's history cleanup, removal-time based: each ended instance's history goes once its time to live is
 * over, in a nightly window outside office hours. The engine reads the window in the JVM's own zone; the office
 * sets it in office time, so it is converted here.
 */
@Component
class HistoryRetention extends AbstractProcessEnginePlugin {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final RetentionProperties retention;
  private final ZoneId officeZone;

  HistoryRetention(RetentionProperties retention, Clock clock) {
    this.retention = retention;
    this.officeZone = clock.getZone();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryCleanupStrategy(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    configuration.setHistoryCleanupBatchSize(retention.cleanupBatchSize());
    if (retention.nightlyCleanup()) {
      configuration.setHistoryCleanupBatchWindowStartTime(inJvmZone(retention.cleanupStarts()));
      configuration.setHistoryCleanupBatchWindowEndTime(inJvmZone(retention.cleanupEnds()));
    }
  }

  private String inJvmZone(LocalTime officeTime) {
    return LocalDate.now(officeZone).atTime(officeTime).atZone(officeZone)
        .withZoneSameInstant(ZoneId.systemDefault()).toLocalTime().format(HH_MM);
  }
}
