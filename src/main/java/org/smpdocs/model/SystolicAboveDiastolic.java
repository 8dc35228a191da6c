package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.SystolicAboveDiastolicValidator;

/** A blood pressure's systolic value is above its diastolic one (catches the two swapped). */
@Documented
@Constraint(validatedBy = SystolicAboveDiastolicValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SystolicAboveDiastolic {
    String message() default "a systolic pressure above the diastolic one";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
