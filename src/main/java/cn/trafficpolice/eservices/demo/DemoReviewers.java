package cn.trafficpolice.eservices.demo;

import cn.trafficpolice.eservices.database.StartupLock;
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

/**
 * Demo only: one reviewer per review group, with the password README.md lists. The webapps show a user as
 * "first name + space + last name", the Western order, so the whole Chinese display name is the first name and the
 * last name stays empty; users of an older demo database get their names corrected on start.
 */
@Component
@Profile("demo")
class DemoReviewers {

  static final List<Reviewer> REVIEWERS = List.of(
      new Reviewer("licence.clerk", "驾驶证窗口民警", ReviewGroups.LICENCE_CLERKS),
      new Reviewer("photo.reviewer", "照片审核员", ReviewGroups.PHOTO_REVIEWERS),
      new Reviewer("appeal.reviewer", "选号申诉审核员", ReviewGroups.PLATE_APPEAL_REVIEWERS),
      new Reviewer("filing.reviewer", "备案审核员", ReviewGroups.FILING_REVIEWERS),
      new Reviewer("idcard.clerk", "身份证窗口民警", ReviewGroups.ID_CARD_CLERKS),
      new Reviewer("idcard.head", "身份证业务负责人", ReviewGroups.ID_CARD_HEADS));

  private final IdentityService identity;
  private final String password;
  private final StartupLock startupLock;

  DemoReviewers(IdentityService identity, @Value("${eservices.demo.reviewer-password}") String password,
      StartupLock startupLock) {
    this.identity = identity;
    this.password = password;
    this.startupLock = startupLock;
  }

  /** One node at a time, as {@code ReviewGroupsSetup}. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void ensure() {
    startupLock.whileHeld(this::ensureNow);
  }

  private void ensureNow() {
    for (Reviewer r : REVIEWERS) {
      User existing = identity.createUserQuery().userId(r.id()).singleResult();
      if (existing == null) {
        User user = identity.newUser(r.id());
        named(user, r);
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(r.id(), r.group());
      } else if (!r.displayName().equals(existing.getFirstName()) || !"".equals(existing.getLastName())) {
        named(existing, r);
        identity.saveUser(existing);
      }
    }
  }

  private static void named(User user, Reviewer r) {
    user.setFirstName(r.displayName());
    user.setLastName("");
  }

  record Reviewer(String id, String displayName, String group) {
  }
}
