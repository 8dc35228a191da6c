package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.PatientCase;
import org.smpdocs.model.SessionsAfterConsent;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link SessionsAfterConsent}, reported at each offending {@code sessions[i].date}. */
public final class SessionsAfterConsentValidator implements ConstraintValidator<SessionsAfterConsent, PatientCase> {
    @Override
    public boolean isValid(PatientCase c, ConstraintValidatorContext context) {
        if (c == null || c.consent() == null || c.consent().date() == null || c.sessions() == null) {
            return true;
        }
        boolean valid = true;
        for (int i = 0; i < c.sessions().size(); i++) {
            TreatmentSession s = c.sessions().get(i);
            if (s != null && s.date() != null && s.date().isBefore(c.consent().date())) {
                Violations.atElement(context, context.getDefaultConstraintMessageTemplate(), "sessions", i, "date");
                valid = false;
            }
        }
        return valid;
    }
}
