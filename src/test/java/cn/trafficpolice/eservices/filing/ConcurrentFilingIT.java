package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.support.RestIntegrationTest;

/** NF-2 under concurrency on the embedded H2. */
@RestIntegrationTest
class ConcurrentFilingIT extends ConcurrentFilingScenario {
}
