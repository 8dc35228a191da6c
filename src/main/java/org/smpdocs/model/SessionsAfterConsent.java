package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.SessionsAfterConsentValidator;

/** No session is dated before the consent. */
@Documented
@Constraint(validatedBy = SessionsAfterConsentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SessionsAfterConsent {
    String message() default "a session date on or after the consent date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
