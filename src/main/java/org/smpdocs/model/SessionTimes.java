package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.SessionTimesValidator;

/** A session ends after it starts and lasts at most {@link TreatmentSession#MAX_LENGTH}. */
@Documented
@Constraint(validatedBy = SessionTimesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SessionTimes {
    String message() default "an end after the start, at most 8 hours later on the same day";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
