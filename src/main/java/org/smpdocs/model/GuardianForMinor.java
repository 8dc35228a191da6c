package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.GuardianForMinorValidator;

/**
 * A patient who is a minor on the consent date, by the clinic's {@link MinorRules}, has a guardian
 * among the signers. Without a clinic (the validator's payload) there is no age to apply.
 */
@Documented
@Constraint(validatedBy = GuardianForMinorValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuardianForMinor {
    String message() default "a guardian signer for a patient who is a minor on the consent date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
