package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.photo.PhotoRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local policy of the e-licence business ({@code eservices.e-licence.*}).
 *
 * @param rolloutFrom          EL-7: the first day of the rollout
 * @param rolloutCities        EL-7: cities whose offices' licences may apply
 * @param retainedPhotoMaxAge  EL-2/EL-3: a retained photo older than this does not meet the requirements
 * @param codeValidity         EL-5: how long a QR code verifies after its generation
 * @param signingKey           EL-5: the EC P-256 private key (JWK) signing QR codes
 * @param photo                EL-3: what an uploaded portrait must be
 */
@ConfigurationProperties("eservices.e-licence")
public record ElectronicLicenceProperties(
    @DefaultValue("2021-09-01") LocalDate rolloutFrom,
    @DefaultValue List<String> rolloutCities,
    @DefaultValue("P6M") Period retainedPhotoMaxAge,
    @DefaultValue("PT3M") Duration codeValidity,
    String signingKey,
    @DefaultValue PhotoRules photo) {
}
