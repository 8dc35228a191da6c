package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.KnownChoicesValidator;

/** See {@link KnownChoicesValidator}. */
@Documented
@Constraint(validatedBy = KnownChoicesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownChoices {
    String message() default "one of the clinic's consent choices, each recorded once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
