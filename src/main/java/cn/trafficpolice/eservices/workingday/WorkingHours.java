package cn.trafficpolice.eservices.workingday;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The offices' day: acceptance runs at opening, a deadline "within N working days" ends at closing. */
@ConfigurationProperties("eservices.working-hours")
public record WorkingHours(@DefaultValue("09:00") LocalTime opens, @DefaultValue("17:30") LocalTime closes) {
}
