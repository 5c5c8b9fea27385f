package cn.trafficpolice.eservices.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LicenceStateTest {

  @Test
  void aLicenceMayHoldSeveralStates() {
    assertThat(LicenceState.parse("HM")).containsExactlyInAnyOrder(LicenceState.H, LicenceState.M);
    assertThat(LicenceState.parse(" A ")).containsExactly(LicenceState.A);
  }

  @Test
  void anUnknownLetterIsAnError() {
    assertThatThrownBy(() -> LicenceState.parse("AQ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFirstBlockingStateIsNamed() {
    DriverLicence licence = new DriverLicence("n", "n", "name", "男", null, "中国", "", null, "C1", null, null,
        LicenceState.parse("UHD"), 0, "", "440800", "", null);
    assertThat(licence.firstStateOf(EnumSet.of(LicenceState.U, LicenceState.D))).contains(LicenceState.D);
    assertThat(licence.firstStateOf(EnumSet.of(LicenceState.K))).isEmpty();
  }
}
