package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.support.RestIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** NF-2 under concurrency on PostgreSQL: mvn verify -Ppostgres -Dtest.datasource.url=jdbc:postgresql://… */
@RestIntegrationTest
@Tag("postgres")
@ActiveProfiles({"demo", "test", "postgres"})
class ConcurrentFilingPostgresIT extends ConcurrentFilingScenario {
}
