package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.smpdocs.model.NotFarAhead;

/** Checks {@link NotFarAhead} against the clock of the validation context. */
public final class NotFarAheadValidator implements ConstraintValidator<NotFarAhead, LocalDate> {
    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        return !date.isAfter(today.plusYears(1));
    }
}
