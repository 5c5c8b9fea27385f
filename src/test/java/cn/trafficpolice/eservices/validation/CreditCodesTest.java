package cn.trafficpolice.eservices.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

/** SH-1: unified social credit codes of organisations, GB 32100 check character modulo 31. */
class CreditCodesTest {

  record Organisation(@CreditCode String creditCode) {
  }

  @Test
  void sh1_computedCodesPass() {
    // Σ value×weight of 91350100M000100Y4 is 1640, 1640 mod 31 = 28, 31 − 28 = 3 → '3'
    assertThat(CreditCodes.isValid("91350100M000100Y43")).isTrue();
    // the demo organisation: Σ = 1223, mod 31 = 14, 31 − 14 = 17 → 'H' (value 17 in the alphabet)
    assertThat(CreditCodes.isValid("91370100MA3C00001H")).isTrue();
    assertThat(CreditCodes.checkCharacter("91440800MA4W00001")).isEqualTo('F');
  }

  @Test
  void sh1_aRemainderOfZeroGivesCheckCharacterZero() {
    // 31 − 0 = 31 maps to '0': 17 zeros sum to 0
    assertThat(CreditCodes.checkCharacter("00000000000000000")).isEqualTo('0');
    assertThat(CreditCodes.isValid("000000000000000000")).isTrue();
  }

  @Test
  void sh1_aWrongCheckCharacterFails() {
    assertThat(CreditCodes.isValid("91370100MA3C00001X")).isFalse();
    assertThat(CreditCodes.isValid("91350100M000100Y44")).isFalse();
  }

  @Test
  void sh1_lettersOutsideTheAlphabetAndWrongLengthsFail() {
    for (String letter : new String[] {"I", "O", "S", "V", "Z"}) {
      String code = "91350100M000100" + letter + "4";
      assertThat(CreditCodes.isValid(code + "0")).as(code).isFalse();
    }
    assertThat(CreditCodes.isValid("91350100M000100Y4")).isFalse();
    assertThat(CreditCodes.isValid("91350100M000100Y433")).isFalse();
    assertThat(CreditCodes.isValid("91350100m000100y43")).isFalse();
    assertThat(CreditCodes.isValid(null)).isFalse();
    assertThatThrownBy(() -> CreditCodes.checkCharacter("9135")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sh1_normalizingAcceptsTypedLowerCase() {
    assertThat(CreditCodes.isValid(CreditCodes.normalize(" 91350100m000100y43 "))).isTrue();
  }

  @Test
  void sh1_theAnnotationReportsItsNameAndAChineseMessage() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThat(factory.getValidator().validate(new Organisation("91370100MA3C00001H"))).isEmpty();
      assertThat(factory.getValidator().validate(new Organisation(null))).isEmpty();
      assertThat(factory.getValidator().validate(new Organisation("91370100MA3C00001X")))
          .extracting(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              v -> v.getMessage())
          .containsExactly(tuple("CreditCode", "统一社会信用代码格式或校验位错误"));
    }
  }
}
