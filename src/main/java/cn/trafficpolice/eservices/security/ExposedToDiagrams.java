package cn.trafficpolice.eservices.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean the diagrams' expressions may name although it is no delegate or listener, e.g. the working-day
 * calendar in {@code ${workingDays.closingAfterWorkingDays(1)}}. No other bean is visible to expressions
 * ({@link DiagramBeans}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExposedToDiagrams {
}
