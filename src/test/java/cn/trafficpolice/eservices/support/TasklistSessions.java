package cn.trafficpolice.eservices.support;

import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.mock.web.MockHttpSession;

/** The HTTP session of a reviewer logged in to the Camunda webapps, as the review API reads it. */
public final class TasklistSessions {

  private TasklistSessions() {
  }

  public static MockHttpSession loggedIn(String engineName, String userId, String group) {
    UserAuthentication user = new UserAuthentication(userId, engineName);
    user.setGroupIds(List.of(group));
    Authentications authentications = new Authentications();
    authentications.addOrReplace(user);
    MockHttpSession session = new MockHttpSession();
    AuthenticationUtil.updateSession(session, authentications);
    return session;
  }
}
