package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.support.RestIntegrationTest;

/** The payment race on the embedded database. */
@RestIntegrationTest
class IdCardPaymentRaceIT extends IdCardPaymentRaceScenario {
}
