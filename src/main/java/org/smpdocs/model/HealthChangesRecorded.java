package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.HealthChangesRecordedValidator;

/** A pre-treatment check that found the patient's health changed says what changed. */
@Documented
@Constraint(validatedBy = HealthChangesRecordedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface HealthChangesRecorded {
    String message() default "what changed in the patient's health, when it is not unchanged";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
