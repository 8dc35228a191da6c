package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.PhotoStorageWhenPhotosValidator;

/** A session that took photographs says where they are stored ({@code photoStorage}). */
@Documented
@Constraint(validatedBy = PhotoStorageWhenPhotosValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PhotoStorageWhenPhotos {
    String message() default "where the session's photographs are stored, when photographs were taken";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
