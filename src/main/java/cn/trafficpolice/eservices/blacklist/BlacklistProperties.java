package cn.trafficpolice.eservices.blacklist;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long each kind of entry lasts (SH-5: one year, two years). */
@ConfigurationProperties("eservices.blacklist")
public record BlacklistProperties(
    @DefaultValue("P1Y") Period licenceAndVehicleServices,
    @DefaultValue("P2Y") Period platePreselection) {

  Period duration(BlacklistKind kind) {
    return switch (kind) {
      case LICENCE_AND_VEHICLE_SERVICES -> licenceAndVehicleServices;
      case PLATE_PRESELECTION -> platePreselection;
    };
  }
}
