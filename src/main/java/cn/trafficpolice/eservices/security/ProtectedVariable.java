package cn.trafficpolice.eservices.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a variable-name constant of a process constants class: the app sets this variable and the delegates trust
 * it (e.g. the id of the application they act on), so no webapp request may set or delete it
 * ({@link ProtectedVariablesFilter}).
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProtectedVariable {
}
