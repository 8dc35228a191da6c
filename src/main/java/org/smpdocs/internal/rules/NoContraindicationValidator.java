package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.HealthQuestion;
import org.smpdocs.model.NoContraindication;
import org.smpdocs.model.Screening;

/**
 * Checks {@link NoContraindication}: each yes to a question the clinic marks as a
 * contraindication is reported at its own field with the clinic's reason, so the front desk sees
 * why no consent form can be printed.
 */
public final class NoContraindicationValidator implements ConstraintValidator<NoContraindication, Screening> {
    @Override
    public boolean isValid(Screening s, ConstraintValidatorContext context) {
        if (s == null) {
            return true;
        }
        boolean valid = true;
        for (HealthQuestion q : Violations.healthQuestions(context)) {
            if (q.stopsConsent() && s.yes(q.id())) {
                Violations.report(context, q.reason(), q.id());
                valid = false;
            }
        }
        return valid;
    }
}
