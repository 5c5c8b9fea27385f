package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.security.ExposedToDiagrams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The e-licence's figures analysts set ({@code eservices.e-licence.*}), named in the diagram
 * ElectronicLicenceApplication, e.g. {@code ${photoRejections >= eLicenceFigures.maxPhotoRejections}}. The
 * services read the same bean, so each figure has one place.
 */
@Component(ElectronicLicenceFigures.BEAN)
@ExposedToDiagrams
public class ElectronicLicenceFigures {

  /** The name the diagram uses. */
  public static final String BEAN = "eLicenceFigures";

  private final int photoReviewWorkingDays;
  private final int maxPhotoRejections;

  /**
   * @param photoReviewWorkingDays EL-3: a person reviews an uploaded photo within this many working days (1)
   * @param maxPhotoRejections     EL-3: after this many rejections the citizen must apply at a window (3)
   */
  ElectronicLicenceFigures(@Value("${eservices.e-licence.photo-review-working-days}") int photoReviewWorkingDays,
      @Value("${eservices.e-licence.max-photo-rejections}") int maxPhotoRejections) {
    this.photoReviewWorkingDays = photoReviewWorkingDays;
    this.maxPhotoRejections = maxPhotoRejections;
  }

  public int getPhotoReviewWorkingDays() {
    return photoReviewWorkingDays;
  }

  public int getMaxPhotoRejections() {
    return maxPhotoRejections;
  }
}
