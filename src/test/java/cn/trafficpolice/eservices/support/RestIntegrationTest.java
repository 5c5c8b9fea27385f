package cn.trafficpolice.eservices.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an in-memory H2 with the demo data, driven through its HTTP front (MockMvc, security
 * filters included). The job executor is off: tests move the clock and run due jobs with {@link EngineTime}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@Import({CitizenClient.class, EngineTime.class})
public @interface RestIntegrationTest {
}
