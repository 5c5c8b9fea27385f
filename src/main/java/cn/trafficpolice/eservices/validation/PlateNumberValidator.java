package cn.trafficpolice.eservices.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link PlateNumber}; null passes so that it composes with {@code @NotBlank}. */
public class PlateNumberValidator implements ConstraintValidator<PlateNumber, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || PlateNumbers.kindOf(value).isPresent();
  }
}
