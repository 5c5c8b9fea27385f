package cn.trafficpolice.eservices.postal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

  @Test
  void checkDigitFollowsUpuS10() {
    assertThat(TrackingNumbers.checkDigit("47312482")).isEqualTo(9); // RR473124829GB, the standard's example
    assertThat(TrackingNumbers.of("EA", 47312482)).isEqualTo("EA473124829CN");
  }

  @Test
  void remaindersTenAndElevenMapToZeroAndFive() {
    assertThat(TrackingNumbers.checkDigit("00000001")).isEqualTo(4); // 11 - 7
    assertThat(TrackingNumbers.checkDigit("00000000")).isEqualTo(5); // 11 - 0
    assertThat(TrackingNumbers.checkDigit("02000000")).isEqualTo(0); // 11 - 12 % 11 = 10
  }
}
