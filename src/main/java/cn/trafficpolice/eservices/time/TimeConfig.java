package cn.trafficpolice.eservices.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfig {

  /** Offices work in China Standard Time whatever the server's zone. */
  @Bean
  Clock clock(@Value("${eservices.zone:Asia/Shanghai}") ZoneId zone) {
    return new EngineClock(zone);
  }
}
