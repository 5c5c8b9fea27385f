package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.security.ExposedToDiagrams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The filing's figures analysts set ({@code eservices.filing.*}), named in the diagram NonOwnedVehicleFiling, e.g.
 * {@code ${workingDays.closingAfterWorkingDays(filingFigures.photoReviewWorkingDays)}}.
 */
@Component(FilingFigures.BEAN)
@ExposedToDiagrams
public class FilingFigures {

  /** The name the diagram uses. */
  public static final String BEAN = "filingFigures";

  private final int photoReviewWorkingDays;
  private final int idPhotoUploadWorkingDays;

  /**
   * @param photoReviewWorkingDays   NF-3: a person reviews the hand-held ID photo within this many working days (1)
   * @param idPhotoUploadWorkingDays NF-3: a filing whose photo is not uploaded within this many working days is
   *                                 closed (3)
   */
  FilingFigures(@Value("${eservices.filing.photo-review-working-days}") int photoReviewWorkingDays,
      @Value("${eservices.filing.id-photo-upload-working-days}") int idPhotoUploadWorkingDays) {
    this.photoReviewWorkingDays = photoReviewWorkingDays;
    this.idPhotoUploadWorkingDays = idPhotoUploadWorkingDays;
  }

  public int getPhotoReviewWorkingDays() {
    return photoReviewWorkingDays;
  }

  public int getIdPhotoUploadWorkingDays() {
    return idPhotoUploadWorkingDays;
  }
}
