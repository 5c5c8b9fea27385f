package cn.trafficpolice.eservices.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link Vin}; null passes so that it composes with {@code @NotBlank}. */
public class VinValidator implements ConstraintValidator<Vin, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Vins.isValid(value);
  }
}
