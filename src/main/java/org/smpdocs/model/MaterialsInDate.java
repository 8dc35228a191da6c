package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.MaterialsInDateValidator;

/**
 * The anaesthetic, pigment and needle a session used had not expired on the session's day:
 * each expiry is on or after the session date.
 */
@Documented
@Constraint(validatedBy = MaterialsInDateValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface MaterialsInDate {
    String message() default "an expiry date on or after the session date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
