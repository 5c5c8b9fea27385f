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

/** A resident ID number valid per {@link IdNumbers#isValid(String)}. Null is valid: presence is {@code @NotBlank}'s job. */
@Documented
@Constraint(validatedBy = IdNumberValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface IdNumber {

  String message() default "身份证号码格式或校验位错误";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
