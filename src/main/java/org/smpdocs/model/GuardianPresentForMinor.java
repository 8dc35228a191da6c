package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.GuardianPresentForMinorValidator;

/**
 * A session's {@code guardianPresent} names one of the consent's guardian signers, exactly as
 * the consent spells the name, and is recorded only for a patient who is a minor by the clinic's
 * rules (the clinic comes as the validator's constraint payload).
 */
@Documented
@Constraint(validatedBy = GuardianPresentForMinorValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuardianPresentForMinor {
    String message() default "the name of a guardian who signed the consent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
