package cn.trafficpolice.eservices.licenceloss;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pickupPeriod              how long a new licence waits at the window before the citizen is blacklisted
 *                                  (LL-9)
 * @param parcelChaseWorkingDays    working days after posting without the postal service's report before a clerk
 *                                  chases the parcel (LL-4)
 * @param parcelChaseDueWorkingDays working days the clerk has to chase it
 */
@ConfigurationProperties("eservices.licence-loss")
public record LicenceLossProperties(@DefaultValue("P1M") Period pickupPeriod,
    @DefaultValue("10") int parcelChaseWorkingDays, @DefaultValue("2") int parcelChaseDueWorkingDays) {
}
