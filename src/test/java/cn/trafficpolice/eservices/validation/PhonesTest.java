package cn.trafficpolice.eservices.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SH-7: mainland mobile numbers. */
class PhonesTest {

  @ParameterizedTest
  @ValueSource(strings = {"13800138000", "15912345678", "19912345678", "17012345678"})
  void sh7_acceptsMobileNumbers(String phone) {
    assertThat(Phones.isValid(phone)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "12800138000",     // second digit 2
    "10800138000",     // second digit 0
    "1380013800",      // 10 digits
    "138001380001",    // 12 digits
    "23800138000",     // does not start with 1
    "+8613800138000",  // country code not accepted
    "138-0013-8000",
    "1380013800A"
  })
  void sh7_rejectsOtherNumbers(String phone) {
    assertThat(Phones.isValid(phone)).isFalse();
  }
}
