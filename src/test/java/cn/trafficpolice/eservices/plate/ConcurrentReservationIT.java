package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.support.RestIntegrationTest;

/** PP-12 on the embedded H2. */
@RestIntegrationTest
class ConcurrentReservationIT extends ConcurrentReservationScenario {
}
