package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.KnownPractitionersValidator;

/**
 * Plan and sessions name practitioners the clinic has: the plan's and each session's
 * practitioner, who re-checked health and consent before the session, and who gave the
 * anaesthetic (the clinic comes as the validator's constraint payload).
 */
@Documented
@Constraint(validatedBy = KnownPractitionersValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownPractitioners {
    String message() default "the id of one of the clinic's practitioners";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
