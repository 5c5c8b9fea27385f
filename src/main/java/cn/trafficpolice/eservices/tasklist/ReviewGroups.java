package cn.trafficpolice.eservices.tasklist;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceProcess;
import cn.trafficpolice.eservices.filing.VehicleFilingProcess;
import cn.trafficpolice.eservices.idcard.IdCardReissueProcess;
import cn.trafficpolice.eservices.licenceloss.LicenceLossProcess;
import cn.trafficpolice.eservices.plateappeal.PlateSelectionAppealProcess;
import java.util.List;

/** The candidate groups of the process contract (DESIGN.md): who works which review queue in Tasklist. */
public final class ReviewGroups {

  public static final String LICENCE_CLERKS = "licence-clerks";
  public static final String PHOTO_REVIEWERS = "photo-reviewers";
  public static final String PLATE_APPEAL_REVIEWERS = "plate-appeal-reviewers";
  public static final String FILING_REVIEWERS = "filing-reviewers";
  public static final String ID_CARD_CLERKS = "id-card-clerks";
  /** ID-4: the office heads, who take up ID card applications not issued in time. */
  public static final String ID_CARD_HEADS = "id-card-heads";

  static final List<Group> ALL = List.of(
      new Group(LICENCE_CLERKS, "驾驶证业务窗口", LicenceLossProcess.KEY),
      new Group(PHOTO_REVIEWERS, "电子驾驶证照片审核", ElectronicLicenceProcess.KEY),
      new Group(PLATE_APPEAL_REVIEWERS, "异常选号资料审核", PlateSelectionAppealProcess.KEY),
      new Group(FILING_REVIEWERS, "非本人机动车备案审核", VehicleFilingProcess.KEY),
      new Group(ID_CARD_CLERKS, "居民身份证业务窗口", IdCardReissueProcess.KEY),
      new Group(ID_CARD_HEADS, "居民身份证业务负责人", IdCardReissueProcess.KEY));

  private ReviewGroups() {
  }

  /** @param processKey the process whose tasks the group works, the only definition it may read */
  record Group(String id, String name, String processKey) {
  }
}
