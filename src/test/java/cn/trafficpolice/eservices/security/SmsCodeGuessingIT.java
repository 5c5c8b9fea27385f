package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.support.RestIntegrationTest;

@RestIntegrationTest
class SmsCodeGuessingIT extends SmsCodeGuessingScenario {
}
