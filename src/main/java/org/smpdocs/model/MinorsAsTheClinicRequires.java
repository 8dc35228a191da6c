package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.MinorsAsTheClinicRequiresValidator;

/**
 * A patient who is a minor on the consent date, by the clinic's {@link MinorRules}, has what the
 * rules require besides a guardian ({@link GuardianForMinor}): where asked, the medical reason
 * and the directing doctor's name and registration number. One problem per missing item. Without a
 * clinic (the validator's payload) there are no rules to apply.
 */
@Documented
@Constraint(validatedBy = MinorsAsTheClinicRequiresValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MinorsAsTheClinicRequires {
    String message() default "what the clinic's rules ask for a minor";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
