package cn.trafficpolice.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/**
 * The bare Camunda starter-webapp application the start-up benchmark measures ours against ({@code
 * benchmark/StartupScenario}): on the same classpath, but scanning only this package, outside the application's,
 * and without what the starter-webapp does not bring (Flyway, Spring Security). The engine creates its own schema;
 * nothing is deployed. Started with {@code --spring.config.name} of a file that does not exist, so that the
 * application's {@code application.yml} is not read either.
 */
@SpringBootApplication(exclude = {FlywayAutoConfiguration.class, SecurityAutoConfiguration.class,
    UserDetailsServiceAutoConfiguration.class, SecurityFilterAutoConfiguration.class,
    ManagementWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
public class BareCamundaApplication {

  public static void main(String[] args) {
    SpringApplication.run(BareCamundaApplication.class, args);
  }
}
