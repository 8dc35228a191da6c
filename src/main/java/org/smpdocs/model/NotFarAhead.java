package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.NotFarAheadValidator;

/**
 * A date of something that happens at the clinic (a consent, a session): at most a year after
 * today, by the validator's clock. A consent or session decades ahead is a typing mistake.
 */
@Documented
@Constraint(validatedBy = NotFarAheadValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFarAhead {
    String message() default "a date at most one year from today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
