package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every drawback id occurs once, so an initialled id names one drawback. */
@Documented
@Constraint(validatedBy = UniqueDrawbackIdsValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueDrawbackIds {
    String message() default "drawback ids that are unique";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
