package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class SmsCodeGuessingPostgresIT extends SmsCodeGuessingScenario {
}
