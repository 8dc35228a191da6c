package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.KnownConditionsValidator;

/** See {@link KnownConditionsValidator}. */
@Documented
@Constraint(validatedBy = KnownConditionsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownConditions {
    String message() default "a health question's id or one of the case facts: scars, previous-transplant, allergies, medications, hair-worn-long, minor";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
