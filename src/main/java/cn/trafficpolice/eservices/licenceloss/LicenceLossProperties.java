package cn.trafficpolice.eservices.licenceloss;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param pickupPeriod how long a new licence waits at the window before the citizen is blacklisted (LL-9) */
@ConfigurationProperties("eservices.licence-loss")
public record LicenceLossProperties(@DefaultValue("P1M") Period pickupPeriod) {
}
