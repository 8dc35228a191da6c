package org.smpdocs.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.smpdocs.internal.rules.NoContraindicationValidator;

/** No screening answer rules SMP out; each one that does is reported with the reason. */
@Documented
@Constraint(validatedBy = NoContraindicationValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoContraindication {
    String message() default "no answer that rules the procedure out";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
