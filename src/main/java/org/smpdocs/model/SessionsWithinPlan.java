package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.SessionsWithinPlanValidator;

/** Every session number lies within the plan and occurs once. */
@Documented
@Constraint(validatedBy = SessionsWithinPlanValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SessionsWithinPlan {
    String message() default "session numbers from 1 to the planned number of sessions, each once";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
