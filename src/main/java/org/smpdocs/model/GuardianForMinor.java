package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A patient under {@link Patient#ADULT_AGE} on the consent date has a guardian among the signers. */
@Documented
@Constraint(validatedBy = GuardianForMinorValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuardianForMinor {
    String message() default "a guardian signer for a patient under 18 on the consent date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
