package cn.trafficpolice.eservices.demo;

import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo only: one reviewer per review group, with the password README.md lists. */
@Component
@Profile("demo")
class DemoReviewers {

  static final List<Reviewer> REVIEWERS = List.of(
      new Reviewer("licence.clerk", "窗口", "驾驶证", ReviewGroups.LICENCE_CLERKS),
      new Reviewer("photo.reviewer", "审核员", "照片", ReviewGroups.PHOTO_REVIEWERS),
      new Reviewer("appeal.reviewer", "审核员", "选号", ReviewGroups.PLATE_APPEAL_REVIEWERS),
      new Reviewer("filing.reviewer", "审核员", "备案", ReviewGroups.FILING_REVIEWERS),
      new Reviewer("idcard.clerk", "窗口", "身份证", ReviewGroups.ID_CARD_CLERKS),
      new Reviewer("idcard.head", "负责人", "身份证", ReviewGroups.ID_CARD_HEADS));

  private final IdentityService identity;
  private final String password;

  DemoReviewers(IdentityService identity, @Value("${eservices.demo.reviewer-password}") String password) {
    this.identity = identity;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void ensure() {
    for (Reviewer r : REVIEWERS) {
      if (identity.createUserQuery().userId(r.id()).count() == 0) {
        User user = identity.newUser(r.id());
        user.setFirstName(r.firstName());
        user.setLastName(r.lastName());
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(r.id(), r.group());
      }
    }
  }

  record Reviewer(String id, String firstName, String lastName, String group) {
  }
}
