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

/**
 * An organisation's unified social credit code valid per {@link CreditCodes#isValid(String)}. Null is valid:
 * presence is {@code @NotBlank}'s job.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface CreditCode {

  String message() default "统一社会信用代码格式或校验位错误";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
