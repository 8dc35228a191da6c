package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.InterpreterWhenLanguagesDifferValidator;

/** A patient whose preferred language is not the clinic's document language has a named interpreter signer (the clinic comes as the validator's constraint payload). */
@Documented
@Constraint(validatedBy = InterpreterWhenLanguagesDifferValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InterpreterWhenLanguagesDiffer {
    String message() default "an interpreter signer when the patient's language differs from the documents' language";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
