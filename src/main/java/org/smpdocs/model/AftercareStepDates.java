package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.AftercareStepDatesValidator;

/**
 * An aftercare step has at most one duration ({@code days} or {@code months}, not both), and a
 * {@code resume} text exactly when it has one: a dated step says when it is fine again, an ongoing
 * one has no such date. Reported at the field concerned.
 */
@Documented
@Constraint(validatedBy = AftercareStepDatesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AftercareStepDates {
    String message() default "either days or months, and a resume text exactly when one is given";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
