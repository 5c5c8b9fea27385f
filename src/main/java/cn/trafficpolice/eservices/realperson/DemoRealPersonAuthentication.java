package cn.trafficpolice.eservices.realperson;

import cn.trafficpolice.eservices.privacy.Mask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo only, deterministic: the liveness token {@value #PASS} passes, {@value #UNAVAILABLE} plays a service
 * outage, anything else fails. Absent outside the demo profile, where a real service must be connected: it
 * would let anyone pass.
 */
@Component
@Profile("demo")
class DemoRealPersonAuthentication implements RealPersonAuthentication {

  static final String PASS = "pass";
  static final String UNAVAILABLE = "unavailable";

  private static final Logger log = LoggerFactory.getLogger(DemoRealPersonAuthentication.class);

  @Override
  public RealPersonResult verify(String idNumber, String livenessToken) {
    RealPersonResult result = switch (livenessToken == null ? "" : livenessToken) {
      case PASS -> RealPersonResult.PASSED;
      case UNAVAILABLE -> RealPersonResult.UNAVAILABLE;
      default -> RealPersonResult.FAILED;
    };
    log.info("Demo real-person authentication of {}: {}", Mask.idNumber(idNumber), result);
    return result;
  }
}
