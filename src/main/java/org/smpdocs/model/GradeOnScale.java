package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.GradeOnScaleValidator;

/** The hair-loss grade exists on its scale. */
@Documented
@Constraint(validatedBy = GradeOnScaleValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GradeOnScale {
    String message() default "a grade on the named scale: Norwood 1, 2, 2A, 3, 3A, 3V, 4, 4A, 5, 5A, 5V, 6, 7; Ludwig I, II, III";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
