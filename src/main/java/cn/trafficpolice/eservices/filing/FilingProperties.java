package cn.trafficpolice.eservices.filing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local policy of the filing business.
 *
 * @param allowPreFilingViolations NF-6: the temporary relaxation letting a filer handle violations committed
 *                                 before the filing; off by default
 * @param maxVehiclesPerFiler      NF-2: active filings one citizen may hold
 * @param maxFilersPerVehicle      NF-2: active filers one vehicle may have
 * @param qrTokenTtl               how long an owner's QR code can be scanned
 */
@ConfigurationProperties("eservices.filing")
public record FilingProperties(
    @DefaultValue("false") boolean allowPreFilingViolations,
    @DefaultValue("3") int maxVehiclesPerFiler,
    @DefaultValue("3") int maxFilersPerVehicle,
    @DefaultValue("PT5M") Duration qrTokenTtl) {
}
