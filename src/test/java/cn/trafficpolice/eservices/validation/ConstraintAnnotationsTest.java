package cn.trafficpolice.eservices.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SH-7 / PP-11: the Bean Validation constraints, run through a plain jakarta Validator. */
class ConstraintAnnotationsTest {

  record Application(
      @IdNumber String idNumber,
      @Vin String vin,
      @Phone String phone,
      @PlateNumber String plate) {
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void sh7_pp11_validValuesPass() {
    assertThat(validator.validate(new Application(
        "11010519491231002X", "1M8GDM9AXKP042788", "13800138000", "粤G12345"))).isEmpty();
    assertThat(validator.validate(new Application(
        "11010519491231002X", "1HGCM82633A004352", "19912345678", "粤KD12345"))).isEmpty();
    assertThat(validator.validate(new Application(null, null, null, "粤G12345D"))).isEmpty();
  }

  @Test
  void sh7_pp11_nullIsLeftToNotBlank() {
    assertThat(validator.validate(new Application(null, null, null, null))).isEmpty();
  }

  @Test
  void sh7_pp11_invalidValuesReportAnnotationNameAndChineseMessage() {
    Set<ConstraintViolation<Application>> violations = validator.validate(new Application(
        "110105194912310021", "LSVAU2180N2183294", "12800138000", "粤I12345"));

    // the error handler maps the annotation's simple name to an error code
    assertThat(violations)
        .extracting(
            v -> v.getPropertyPath().toString(),
            v -> v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
            ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("idNumber", "IdNumber", "身份证号码格式或校验位错误"),
            tuple("vin", "Vin", "车辆识别代号(VIN)格式或校验位错误"),
            tuple("phone", "Phone", "手机号码格式错误"),
            tuple("plate", "PlateNumber", "号牌号码格式错误"));
  }

  @Test
  void sh7_lowerCaseIsRejectedUntilNormalized() {
    assertThat(validator.validate(new Application("11010519491231002x", "1m8gdm9axkp042788", null, "粤g12345")))
        .hasSize(3);
  }
}
