package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.EveryQuestionAnsweredValidator;

/** See {@link EveryQuestionAnsweredValidator}. */
@Documented
@Constraint(validatedBy = EveryQuestionAnsweredValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EveryQuestionAnswered {
    String message() default "an answer to every health question of the clinic: true or false";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
