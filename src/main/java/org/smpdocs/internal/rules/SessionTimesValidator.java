package org.smpdocs.internal.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.smpdocs.model.SessionTimes;
import org.smpdocs.model.TreatmentSession;

/** Checks {@link SessionTimes}, reported at the session's {@code end}. */
public final class SessionTimesValidator implements ConstraintValidator<SessionTimes, TreatmentSession> {
    @Override
    public boolean isValid(TreatmentSession session, ConstraintValidatorContext context) {
        if (session == null || session.start() == null || session.end() == null) {
            return true;
        }
        if (!session.end().isAfter(session.start())) {
            Violations.at(context, "an end time after the start time", "end");
            return false;
        }
        if (session.length().compareTo(TreatmentSession.MAX_LENGTH) > 0) {
            Violations.at(context, "a session of at most 8 hours", "end");
            return false;
        }
        return true;
    }
}
