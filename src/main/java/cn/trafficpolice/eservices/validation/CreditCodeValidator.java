package cn.trafficpolice.eservices.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link CreditCode}; null passes so that it composes with {@code @NotBlank}. */
public class CreditCodeValidator implements ConstraintValidator<CreditCode, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || CreditCodes.isValid(value);
  }
}
