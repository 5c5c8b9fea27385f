package cn.trafficpolice.eservices.tasklist;

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
      new Group(LICENCE_CLERKS, "驾驶证业务窗口"),
      new Group(PHOTO_REVIEWERS, "电子驾驶证照片审核"),
      new Group(PLATE_APPEAL_REVIEWERS, "异常选号资料审核"),
      new Group(FILING_REVIEWERS, "非本人机动车备案审核"),
      new Group(ID_CARD_CLERKS, "居民身份证业务窗口"),
      new Group(ID_CARD_HEADS, "居民身份证业务负责人"));

  private ReviewGroups() {
  }

  record Group(String id, String name) {
  }
}
