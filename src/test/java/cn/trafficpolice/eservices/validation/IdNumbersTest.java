package cn.trafficpolice.eservices.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** SH-7: resident ID numbers per GB 11643-1999. */
class IdNumbersTest {

  /** Appends the computed check character, so date/format cases fail for the intended reason only. */
  private static String withCheck(String first17) {
    return first17 + IdNumbers.checkCharacter(first17);
  }

  @Test
  void sh7_acceptsPublishedSample() {
    // 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → 'X'
    assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
    assertThat(IdNumbers.isValid("11010519491231002X")).isTrue();
    assertThat(IdNumbers.birthDate("11010519491231002X")).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(IdNumbers.sex("11010519491231002X")).isEqualTo("女");
  }

  @Test
  void sh7_acceptsNumbersWithDigitCheckCharacter() {
    String male = withCheck("32010619880315003");
    assertThat(IdNumbers.isValid(male)).isTrue();
    assertThat(IdNumbers.sex(male)).isEqualTo("男");
    assertThat(IdNumbers.birthDate(male)).isEqualTo(LocalDate.of(1988, 3, 15));
  }

  @Test
  void sh7_standardSampleFrom1880HasRightCheckButPredatesTheFloor() {
    // GB 11643's own sample: sum 195, 195 mod 11 = 8 → '4', so the check character is right,
    // but the birth year 1880 is before the 1900-01-01 floor this service applies.
    assertThat(IdNumbers.checkCharacter("44052418800101001")).isEqualTo('4');
    assertThat(IdNumbers.isValid("440524188001010014")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"110105194912310021", "110105194912310020", "110105194912310029"})
  void sh7_rejectsWrongCheckCharacter(String idNumber) {
    assertThat(IdNumbers.isValid(idNumber)).isFalse();
  }

  @Test
  void sh7_rejectsImpossibleDates() {
    assertThat(IdNumbers.isValid(withCheck("11010520000230002"))).as("Feb 30").isFalse();
    assertThat(IdNumbers.isValid(withCheck("11010519000229002"))).as("1900 is not a leap year").isFalse();
    assertThat(IdNumbers.isValid(withCheck("11010519901301002"))).as("month 13").isFalse();
    assertThat(IdNumbers.isValid(withCheck("11010519900100002"))).as("day 0").isFalse();
    assertThat(IdNumbers.isValid(withCheck("11010520000229002"))).as("2000 is a leap year").isTrue();
  }

  @Test
  void sh7_rejectsDatesOutsideTheRange() {
    String tomorrow = LocalDate.now().plusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
    assertThat(IdNumbers.isValid(withCheck("110105" + tomorrow + "002"))).as("future").isFalse();
    assertThat(IdNumbers.isValid(withCheck("11010518991231002"))).as("before 1900").isFalse();
    assertThat(IdNumbers.isValid(withCheck("11010519000101002"))).as("1900-01-01").isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "11010519491231002",     // 17 chars
    "11010519491231002X1",   // 19 chars
    "11010519491231A02X",    // letter in the body
    "X1010519491231002X",    // letter in front
    "11010519491231002Y",    // check letter other than X
    " 11010519491231002X",   // untrimmed
    "11010519491231002x"     // lower-case x is only accepted after normalize
  })
  void sh7_rejectsMalformedNumbers(String idNumber) {
    assertThat(IdNumbers.isValid(idNumber)).isFalse();
  }

  @Test
  void sh7_normalizeTrimsAndUppercases() {
    assertThat(IdNumbers.normalize(" 11010519491231002x\t")).isEqualTo("11010519491231002X");
    assertThat(IdNumbers.isValid(IdNumbers.normalize("11010519491231002x"))).isTrue();
    assertThat(IdNumbers.normalize(null)).isNull();
  }

  @Test
  void sh7_derivedFieldsRequireAValidNumber() {
    assertThatIllegalArgumentException().isThrownBy(() -> IdNumbers.birthDate("110105194912310021"));
    assertThatIllegalArgumentException().isThrownBy(() -> IdNumbers.sex(null));
    assertThatIllegalArgumentException().isThrownBy(() -> IdNumbers.checkCharacter("1101051949"));
  }
}
