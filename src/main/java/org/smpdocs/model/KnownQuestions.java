package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.KnownQuestionsValidator;

/** See {@link KnownQuestionsValidator}. */
@Documented
@Constraint(validatedBy = KnownQuestionsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownQuestions {
    String message() default "only the clinic's health questions";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
