package cn.trafficpolice.eservices.retention;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the engine keeps what it recorded, and when it cleans up (README, "Retention").
 *
 * @param nightlyCleanup whether this node schedules the engine's history cleanup at all
 * @param cleanupStarts the nightly cleanup window's start, office time
 * @param cleanupEnds the window's end, office time
 * @param cleanupBatchSize how many ended instances one cleanup run removes at most
 * @param historyDays per process or decision key, the days its history is kept after the instance ended;
 *     overrides the diagram's {@code historyTimeToLive}, for instances that end from then on
 */
@ConfigurationProperties("eservices.retention")
public record RetentionProperties(@DefaultValue("true") boolean nightlyCleanup,
    @DefaultValue("01:00") LocalTime cleanupStarts, @DefaultValue("05:00") LocalTime cleanupEnds,
    @DefaultValue("500") int cleanupBatchSize, Map<String, Integer> historyDays) {

  public RetentionProperties {
    historyDays = historyDays == null ? Map.of() : Map.copyOf(historyDays);
  }
}
