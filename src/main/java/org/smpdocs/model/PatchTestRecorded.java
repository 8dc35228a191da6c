package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.PatchTestRecordedValidator;

/** A patch test that was done says when, where and with what result. */
@Documented
@Constraint(validatedBy = PatchTestRecordedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PatchTestRecorded {
    String message() default "the date, site and result of a patch test that was done";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
