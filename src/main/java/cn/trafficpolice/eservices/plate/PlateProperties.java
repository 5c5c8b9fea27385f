package cn.trafficpolice.eservices.plate;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local policy of plate pre-selection, per office (PP-3..PP-7, PP-10): {@code eservices.plate.offices.<code>.*}
 * overrides {@code eservices.plate.defaults.*} for that office, field by field falling back to the built-in
 * defaults. Forbidden plate patterns are not here but in the DMN table {@code ForbiddenPlatePatterns}.
 *
 * @param verificationValidFor how long one SMS verification (PP-3) lets the citizen select
 */
@ConfigurationProperties("eservices.plate")
public record PlateProperties(
    @DefaultValue OfficeRules defaults,
    @DefaultValue Map<String, OfficeRules> offices,
    @DefaultValue("PT30M") Duration verificationValidFor) {

  public OfficeRules rulesOf(String officeCode) {
    return offices.getOrDefault(officeCode, defaults);
  }

  /**
   * @param selfComposedCount   PP-4: plates a vehicle may self-compose in all
   * @param proposalsPerCheck   PP-4: N, the proposals of one check
   * @param randomBatches       PP-5: "another batch" chances per vehicle
   * @param batchSize           PP-5: numbers offered per batch
   * @param holdTime            PP-5: how long a batch is held for the citizen
   * @param validityWorkingDays PP-7: working days to confirm at the vehicle office
   * @param serviceHours        PP-3: when phase 2 is open, China time
   */
  public record OfficeRules(
      @DefaultValue("10") int selfComposedCount,
      @DefaultValue("2") int proposalsPerCheck,
      @DefaultValue("3") int randomBatches,
      @DefaultValue("10") int batchSize,
      @DefaultValue("PT5M") Duration holdTime,
      @DefaultValue("15") int validityWorkingDays,
      @DefaultValue ServiceHours serviceHours) {
  }

  public record ServiceHours(@DefaultValue("08:00") LocalTime opens, @DefaultValue("20:00") LocalTime closes) {

    public boolean contain(LocalTime time) {
      return !time.isBefore(opens) && time.isBefore(closes);
    }

    @Override
    public String toString() {
      return opens + "-" + closes;
    }
  }
}
