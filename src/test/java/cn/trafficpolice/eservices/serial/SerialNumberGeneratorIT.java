package cn.trafficpolice.eservices.serial;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.Serials;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SH-2: serial numbers. The same concurrency check runs on PostgreSQL in {@code PostgresPlatformIT}. */
@RestIntegrationTest
class SerialNumberGeneratorIT {

  @Autowired
  SerialNumberGenerator serials;
  @Autowired
  EngineTime time;

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void serialCarriesBusinessAndChinaDate() { // SH-2
    time.setTo(LocalDateTime.of(2026, 11, 22, 0, 30)); // still 21 November in UTC
    assertThat(serials.next("LL")).matches("LL20261122\\d{8}");
  }

  @Test
  void concurrentCallsNeverShareASerial() throws Exception { // SH-2
    assertThat(Serials.drawConcurrently(serials, 8, 250)).hasSize(8 * 250);
  }
}
