package cn.trafficpolice.eservices.sms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** SH-3 limits; local policy, so configuration with the rule's defaults. */
@ConfigurationProperties("eservices.sms")
public record SmsProperties(
    @DefaultValue("PT5M") Duration codeTtl,
    @DefaultValue("5") int maxWrongTries,
    @DefaultValue("PT60S") Duration resendInterval,
    @DefaultValue("10") int dailyCap) {
}
