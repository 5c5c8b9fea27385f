package cn.trafficpolice.eservices.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SH-7: VINs per ISO 3779 / GB 16735 with the position-9 check digit. */
class VinsTest {

  @Test
  void sh7_acceptsClassicCheckDigitExampleWithX() {
    // 1 M8GDM9A X KP042788: weighted sum 351, 351 mod 11 = 10 → 'X'
    assertThat(Vins.checkDigit("1M8GDM9AXKP042788")).isEqualTo('X');
    assertThat(Vins.isValid("1M8GDM9AXKP042788")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "1HGCM82633A004352",  // weighted sum 311, 311 mod 11 = 3
    "JHMCM56557C404453",
    "11111111111111111",  // sum of the weights is 89, 89 mod 11 = 1
    "LSVAU218XN2183294"   // Chinese WMI; check digit computed, see next test
  })
  void sh7_acceptsValidVins(String vin) {
    assertThat(Vins.isValid(vin)).isTrue();
  }

  @Test
  void sh7_rejectsWrongCheckDigit() {
    // LSVAU2180N2183294 is often quoted as an example, but its weighted sum is 351 → 'X', not '0'
    assertThat(Vins.checkDigit("LSVAU2180N2183294")).isEqualTo('X');
    assertThat(Vins.isValid("LSVAU2180N2183294")).isFalse();
    assertThat(Vins.isValid("1M8GDM9A0KP042788")).isFalse();
    assertThat(Vins.isValid("1HGCM82643A004352")).isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "1M8GDM9AXKP04278",    // 16 chars
    "1M8GDM9AXKP0427888",  // 18 chars
    "1M8GDM9AXKI042788",   // I
    "1M8GDM9AXKO042788",   // O
    "1M8GDM9AXKQ042788",   // Q
    "1m8gdm9axkp042788",   // lower case is only accepted after normalize
    "1M8GDM9AXKP04278-"
  })
  void sh7_rejectsMalformedVins(String vin) {
    assertThat(Vins.isValid(vin)).isFalse();
  }

  @Test
  void sh7_normalizeTrimsAndUppercases() {
    assertThat(Vins.normalize(" 1m8gdm9axkp042788 ")).isEqualTo("1M8GDM9AXKP042788");
    assertThat(Vins.isValid(Vins.normalize(" 1m8gdm9axkp042788 "))).isTrue();
    assertThat(Vins.normalize(null)).isNull();
  }

  @Test
  void sh7_checkDigitBuildsValidVinsAndRejectsBadInput() {
    String body = "LFV2A21K?G4023481";
    String vin = body.replace('?', Vins.checkDigit(body.replace('?', '0')));
    assertThat(Vins.isValid(vin)).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> Vins.checkDigit("LFV2A21K"));
    assertThatIllegalArgumentException().isThrownBy(() -> Vins.checkDigit("IFV2A21K0G4023481"));
  }
}
