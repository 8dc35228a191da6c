package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.UniqueIdsValidator;

/**
 * Every id of a list of clinic content occurs once, so an id (an initialled drawback, an answered
 * health question, a ticked choice) names one entry.
 */
@Documented
@Constraint(validatedBy = UniqueIdsValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {
    String message() default "ids that are unique in the list";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
