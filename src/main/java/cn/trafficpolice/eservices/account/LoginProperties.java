package cn.trafficpolice.eservices.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password-login throttling: local policy, so configuration.
 *
 * @param freeFailuresPerPhone   attempts a phone may make without waiting
 * @param freeFailuresPerAddress the same per client address (many citizens may share one, e.g. behind a NAT)
 * @param firstDelay             the wait after the last free attempt; each further attempt doubles it
 * @param maxDelay               the longest wait, so nobody can lock a citizen out for longer
 * @param forgetAfter            a phone or address quiet this long starts afresh
 */
@ConfigurationProperties("eservices.login")
record LoginProperties(
    @DefaultValue("5") int freeFailuresPerPhone,
    @DefaultValue("20") int freeFailuresPerAddress,
    @DefaultValue("PT1S") Duration firstDelay,
    @DefaultValue("PT5M") Duration maxDelay,
    @DefaultValue("PT1H") Duration forgetAfter) {
}
