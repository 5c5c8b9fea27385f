package cn.trafficpolice.eservices.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link IdNumber}; null passes so that it composes with {@code @NotBlank}. */
public class IdNumberValidator implements ConstraintValidator<IdNumber, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || IdNumbers.isValid(value);
  }
}
