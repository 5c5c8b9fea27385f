package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.security.ExposedToDiagrams;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The plate appeal's figures analysts set ({@code eservices.plate-appeal.*}), named in the diagram
 * PlateSelectionAppeal: {@code ${workingDays.closingAfterWorkingDays(plateAppealFigures.reviewWorkingDays)}}.
 */
@Component(PlateAppealFigures.BEAN)
@ExposedToDiagrams
public class PlateAppealFigures {

  /** The name the diagram uses. */
  public static final String BEAN = "plateAppealFigures";

  private final int reviewWorkingDays;

  /** @param reviewWorkingDays PA-3: a person reviews an appeal within this many working days (1) */
  PlateAppealFigures(@Value("${eservices.plate-appeal.review-working-days}") int reviewWorkingDays) {
    this.reviewWorkingDays = reviewWorkingDays;
  }

  public int getReviewWorkingDays() {
    return reviewWorkingDays;
  }
}
