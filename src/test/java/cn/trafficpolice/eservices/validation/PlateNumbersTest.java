package cn.trafficpolice.eservices.validation;

import static cn.trafficpolice.eservices.validation.PlateKind.LARGE_NEW_ENERGY;
import static cn.trafficpolice.eservices.validation.PlateKind.ORDINARY_SMALL;
import static cn.trafficpolice.eservices.validation.PlateKind.SMALL_NEW_ENERGY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SH-7 / PP-11: plate numbers per GA 36. */
class PlateNumbersTest {

  @ParameterizedTest
  @CsvSource({
    "粤G12345,  ORDINARY_SMALL",
    "京A8B8C8,  ORDINARY_SMALL",   // two letters is the maximum
    "沪AZ9999,  ORDINARY_SMALL",
    "粤KD12345, SMALL_NEW_ENERGY", // D = pure electric
    "鲁AF12345, SMALL_NEW_ENERGY", // F = other new energy
    "浙BDF1234, SMALL_NEW_ENERGY", // second sequence char may be a letter
    "粤G12345D, LARGE_NEW_ENERGY",
    "川A12345K, LARGE_NEW_ENERGY"
  })
  void sh7_pp11_acceptsEachKind(String plate, PlateKind kind) {
    assertThat(PlateNumbers.isValid(plate, kind)).isTrue();
    assertThat(PlateNumbers.kindOf(plate)).contains(kind);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "粤I12345",   // office letter I
    "粤O12345",   // office letter O
    "粤112345",   // office must be a letter
    "粤G1234",    // too short
    "粤GABC12",   // three letters in an ordinary sequence
    "粤G1O234",   // letter O
    "粤G1I234",   // letter I
    "港A12345",   // not a mainland province character
    "粤g12345",   // lower case is only accepted after normalize
    "粤GL12345",  // L is not an energy letter
    "粤GD1A345",  // small new energy needs digits in places 3-6
    "粤GDI1234",  // I is never used
    "粤G12345L",  // L is not an energy letter
    "粤G1234DD",  // large new energy needs five digits
    "粤G123456",  // six digits fits no kind
    "粤"
  })
  void sh7_pp11_rejectsMalformedPlates(String plate) {
    assertThat(PlateNumbers.kindOf(plate)).isEmpty();
    for (PlateKind kind : PlateKind.values()) {
      assertThat(PlateNumbers.isValid(plate, kind)).as(kind.name()).isFalse();
    }
  }

  @Test
  void sh7_pp11_kindMustMatchTheShape() {
    assertThat(PlateNumbers.isValid("粤G12345", SMALL_NEW_ENERGY)).isFalse();
    assertThat(PlateNumbers.isValid("粤KD12345", ORDINARY_SMALL)).isFalse();
    assertThat(PlateNumbers.isValid("粤G12345D", SMALL_NEW_ENERGY)).isFalse();
    assertThat(PlateNumbers.isValid("粤G12345", null)).isFalse();
  }

  @Test
  void sh7_pp11_validatesSequenceAlone() {
    assertThat(PlateNumbers.isValidSequence("12345", ORDINARY_SMALL)).isTrue();
    assertThat(PlateNumbers.isValidSequence("AB123", ORDINARY_SMALL)).isTrue();
    assertThat(PlateNumbers.isValidSequence("ABC12", ORDINARY_SMALL)).isFalse();
    assertThat(PlateNumbers.isValidSequence("D12345", SMALL_NEW_ENERGY)).isTrue();
    assertThat(PlateNumbers.isValidSequence("12345F", LARGE_NEW_ENERGY)).isTrue();
    assertThat(PlateNumbers.isValidSequence(null, ORDINARY_SMALL)).isFalse();
  }

  @Test
  void sh7_pp11_normalizeRemovesSeparatorsAndUppercases() {
    assertThat(PlateNumbers.normalize(" 粤g·12345 ")).isEqualTo("粤G12345");
    assertThat(PlateNumbers.normalize("粤kd 12345")).isEqualTo("粤KD12345");
    assertThat(PlateNumbers.normalize(null)).isNull();
  }

  @Test
  void pp11_kindsCarryChineseLabels() {
    assertThat(ORDINARY_SMALL.label()).isEqualTo("小型汽车");
    assertThat(SMALL_NEW_ENERGY.label()).isEqualTo("小型新能源汽车");
    assertThat(LARGE_NEW_ENERGY.label()).isEqualTo("大型新能源汽车");
  }
}
