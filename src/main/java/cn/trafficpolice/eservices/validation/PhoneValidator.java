package cn.trafficpolice.eservices.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link Phone}; null passes so that it composes with {@code @NotBlank}. */
public class PhoneValidator implements ConstraintValidator<Phone, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || Phones.isValid(value);
  }
}
