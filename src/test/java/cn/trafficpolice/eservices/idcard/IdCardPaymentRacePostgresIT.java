package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.support.PostgresIntegrationTest;

/** The payment race on PostgreSQL, the production database (mvn verify -Ppostgres -Dtest.datasource.url=…). */
@PostgresIntegrationTest
class IdCardPaymentRacePostgresIT extends IdCardPaymentRaceScenario {
}
