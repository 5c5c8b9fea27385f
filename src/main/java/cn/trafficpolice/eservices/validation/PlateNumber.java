package cn.trafficpolice.eservices.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A plate number of any {@link PlateKind}, see {@link PlateNumbers#kindOf(String)}. Null is valid: presence is {@code @NotBlank}'s job. */
@Documented
@Constraint(validatedBy = PlateNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlateNumber {

  String message() default "号牌号码格式错误";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
