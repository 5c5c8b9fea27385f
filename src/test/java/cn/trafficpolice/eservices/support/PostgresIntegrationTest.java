package cn.trafficpolice.eservices.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the PostgreSQL database .ci/run creates for the run
 * ({@code mvn verify -Ppostgres -Dtest.datasource.url=...}): what only a real database shows, concurrency above all.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test", "postgres"})
@Import({CitizenClient.class, EngineTime.class})
public @interface PostgresIntegrationTest {
}
