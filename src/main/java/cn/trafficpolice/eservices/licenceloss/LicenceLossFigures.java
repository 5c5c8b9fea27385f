package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.security.ExposedToDiagrams;
import org.springframework.stereotype.Component;

/**
 * The parcel chase's figures ({@code eservices.licence-loss.*}), named in the diagram LicenceLossReplacement, e.g.
 * {@code ${workingDays.closingAfterWorkingDays(licenceLossFigures.parcelChaseWorkingDays)}}. Read when the timer
 * and the task are created, as the other businesses' figures are, instead of two process variables written with
 * every submission (issue 14).
 */
@Component(LicenceLossFigures.BEAN)
@ExposedToDiagrams
public class LicenceLossFigures {

  /** The name the diagram uses. */
  public static final String BEAN = "licenceLossFigures";

  private final LicenceLossProperties properties;

  public LicenceLossFigures(LicenceLossProperties properties) {
    this.properties = properties;
  }

  /** LL-4: working days after posting without the postal service's report before a clerk chases the parcel. */
  public int getParcelChaseWorkingDays() {
    return properties.parcelChaseWorkingDays();
  }

  /** LL-4: working days the clerk has to chase it. */
  public int getParcelChaseDueWorkingDays() {
    return properties.parcelChaseDueWorkingDays();
  }
}
